// Our Tasklist configuration, served instead of the one in the Camunda webjar (ours comes first on the classpath).
export default {
  // the header reads "<vendor> <name>"
  app: {
    name: '交通管理网上办事',
    vendor: '某省公安厅交通警察总队'
  },
  // Chinese unless the user picks English; Tasklist matches only the language part of the browser's locale
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // scripts/queue-sorting.js: the list opens sorted by due date (paths are relative to app/tasklist/)
  requireJsConfig: {
    deps: ['queue-sorting'],
    paths: { 'queue-sorting': 'scripts/queue-sorting' },
    ngDeps: ['queue.sorting']
  },
  // the format the task forms use too
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'LLLL'
  },
  // no shortcut to start a process: reviewers only decide tasks (styles/user-styles.css hides the menu)
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '焦点移至第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '焦点移至任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '焦点移至任务表单的第一个输入框'
    }
  }
};
