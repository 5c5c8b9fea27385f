// The task list opens sorted by due date, the earliest first, as the filter 本组待办 sorts it; Tasklist's own default
// is the creation date, newest first. A sorting the reviewer chooses stays in the address and is kept.
define('queue-sorting', ['angular'], function (angular) {
  'use strict';
  var BY_DUE_DATE = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

  angular.module('queue.sorting', []).run(['$rootScope', '$location', function ($rootScope, $location) {
    $rootScope.$on('$locationChangeSuccess', function () {
      if ($location.path() === '/' && !$location.search().sorting) {
        $location.search('sorting', BY_DUE_DATE).replace();
      }
    });
  }]);
});
