// Our webapp configuration, served instead of the one in the Camunda webjar (ours comes first on the classpath).
export default {
  // the header reads "<vendor> <name>"
  app: {
    name: '交通管理网上办事',
    vendor: '某省公安厅交通警察总队'
  },
  // Chinese unless the user picks English; translations in ../locales/zh.json
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  }
};
