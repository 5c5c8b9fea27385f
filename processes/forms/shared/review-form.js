// What the Tasklist review forms (processes/forms/*.html) share: loading the task's data from the review API, the
// decision block and the variables it submits, Chinese messages (a refusal of the server included), photos that
// open full size, and one way of writing dates. A form's own script calls ReviewForm.start(...) once this is loaded.
(function () {
  'use strict';

  var ASSETS = '/review-api/forms/';
  var GONE = '该任务已由他人办理或已不存在，请刷新任务列表。';
  var GENERIC_REFUSAL = '提交未成功，请检查填写的内容后重试；如仍不成功，请联系管理员。';
  var CHINA = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

  /** 2026-12-04 09:30 in China time, whatever the browser's zone; '' for nothing. */
  function dateTime(value) {
    if (!value) return '';
    var p = {};
    CHINA.formatToParts(new Date(value)).forEach(function (part) { p[part.type] = part.value; });
    return p.year + '-' + p.month + '-' + p.day + ' ' + p.hour + ':' + p.minute;
  }

  /** Dates without a time (2026-08-01) come as they are shown. */
  function date(value) {
    return value ? String(value).slice(0, 10) : '';
  }

  /** The Chinese part of a server's refusal: the engine wraps it in English and codes no reviewer should read. */
  function refusal(err) {
    var text = String((err && (err.message || err.detail)) || '');
    if (/No matching task|task is null/.test(text)) return GONE;
    var chinese = text.match(/[\u3400-\u9fff\uff01-\uff5e][^'"]*/);
    return chinese ? chinese[0].trim() : GENERIC_REFUSAL;
  }

  function problemDetail(response) {
    var detail = response && response.data && response.data.detail;
    return /[\u3400-\u9fff]/.test(detail || '') ? detail : '无法读取该任务的资料，请刷新页面；如仍不成功，请联系管理员。';
  }

  /** A field of the decision block is asked for when its condition holds ('approved', 'rejected', a function). */
  function asked(rf, field) {
    var when = field.when;
    if (!when) return true;
    if (typeof when === 'function') return when(rf.values);
    return rf.values[rf.decision.name] === (when === 'approved' ? 'true' : 'false');
  }

  function empty(rf, field) {
    var v = rf.values[field.name];
    return field.kind === 'check' ? v !== true : (v === undefined || v === null || String(v).trim() === '');
  }

  function required(rf, field) {
    if (!asked(rf, field)) return false;
    return typeof field.required === 'function' ? field.required(rf.values) : field.required !== false;
  }

  function typed(field, value) {
    if (field.type === 'Boolean') return field.kind === 'check' ? value === true : value === 'true';
    if (value === undefined || value === null || String(value).trim() === '') return null;
    return field.type === 'String' ? String(value).trim() : value;
  }

  /** The decision's variables, created in the form's variable manager when it submits. */
  function submitVariables(camForm, rf) {
    if (!rf.decision) return;
    var manager = camForm.variableManager;
    [rf.decision].concat(rf.decision.fields).forEach(function (field) {
      if (field !== rf.decision && !asked(rf, field)) return;
      var value = typed(field, rf.values[field.name]);
      if (manager.variable(field.name)) {
        manager.variable(field.name).value = value;
      } else {
        manager.createVariable({ name: field.name, type: field.type, value: value, isDirty: true });
      }
    });
  }

  function openPhoto(src, alt) {
    var overlay = document.createElement('div');
    overlay.className = 'rf-zoom';
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-label', alt + '（原图）');
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn btn-default rf-zoom-close';
    close.textContent = '关闭原图';
    var img = document.createElement('img');
    img.src = src;
    img.alt = alt + '（原图）';
    overlay.appendChild(close);
    overlay.appendChild(img);
    overlay.addEventListener('click', function (e) {
      if (e.target === overlay || e.target === close) document.body.removeChild(overlay);
    });
    document.body.appendChild(overlay);
  }

  function stylesheet() {
    if (document.querySelector('link[data-review-form]')) return;
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = ASSETS + 'review-form.css';
    link.setAttribute('data-review-form', '');
    document.head.appendChild(link);
  }

  /** The ID card forms' common block: the applicant as the household registry knows them and the application. */
  function idCardApplication(d, rf) {
    var a = d.applicant;
    rf.title = '居民身份证补领 ' + d.serialNumber + '（' + d.channelName + '，' + d.stageName + '）';
    rf.sections = [{ id: 'applicant-data', title: '申请人与申请', rows: [
      ['申请人', a.name + '（' + a.sex + '，' + a.ethnicity + '，' + date(a.birthDate) + ' 出生）'],
      ['公民身份号码', a.idNumber + '（手机 ' + a.phone + '）'],
      ['户籍地址', a.householdAddress + '（' + a.policeStation + (a.remoteArea ? '，边远地区' : '') + '）'],
      ['原证有效期至', date(a.cardValidUntil) + '；指纹信息：' + (a.fingerprintsCollected ? '已登记' : '未登记')],
      ['补领原因', d.reasonName],
      ['提交时间', dateTime(d.submittedAt) + '（须于 ' + dateTime(d.issueDeadline) + ' 前发证）'],
      ['领证方式', d.deliveryName + (d.parcel ? '：' + d.parcel.recipient + ' ' + d.parcel.phone + ' '
        + d.parcel.address + (d.parcel.trackingNumber ? ' ' + d.parcel.trackingNumber : '') : '')],
      ['希望办理日期', d.preferredDate ? date(d.preferredDate) + ' ' + (d.applicantNote || '') : null],
      ['预约办理', d.appointmentTime ? dateTime(d.appointmentTime) + ' ' + d.appointmentPlace : null],
      ['网上缴费订单', d.paymentOrderNumber],
      ['申请临时证', d.temporaryCardRequestedAt ? dateTime(d.temporaryCardRequestedAt) : null]] }];
  }

  /**
   * @param options.api      the review API of this task kind, e.g. '/review-api/e-licence/tasks/'
   * @param options.decision none for a form with its own fields, or {name, label, approve, reject, heading,
   *                         fields: [{name, type, kind: select|check|textarea, label, options | optionsFrom(data),
   *                         when: approved|rejected, required, message, placeholder, help, maxlength}]}
   * @param options.loaded   function(data, rf) once the data is there: the form fills rf.sections, rf.photos …
   */
  function start(camForm, $scope, $http, options) {
    stylesheet();
    var base = options.api + encodeURIComponent(camForm.taskId);
    var rf = $scope.rf = {
      base: base, loading: true, loadError: null, refusal: null, data: null,
      sections: [], photos: [], values: {}, decision: options.decision,
      dateTime: dateTime, date: date, openPhoto: openPhoto,
      asked: function (field) { return asked(rf, field); },
      required: function (field) { return required(rf, field); },
      missing: function (field) { return required(rf, field) && empty(rf, field); },
    };
    $http.get(base).then(function (response) {
      if (options.loaded) options.loaded(response.data, rf);
      // computed once: a new list on every digest would rebuild the options and lose the choice
      (rf.decision ? rf.decision.fields : []).forEach(function (field) {
        field.choices = field.optionsFrom ? field.optionsFrom(response.data) : field.options;
      });
      rf.data = response.data;
      rf.loading = false;
    }, function (response) {
      rf.loading = false;
      rf.loadError = problemDetail(response);
    });
    camForm.on('submit', function () {
      rf.refusal = null;
      submitVariables(camForm, rf);
    });
    // the SDK calls a listener with the form and the event's arguments as an array
    camForm.on('submit-failed', function (form, args) {
      var err = args && args[0];
      rf.refusal = refusal(err);
      // shown in the form instead: Tasklist skips its own notification for a prevented submission
      if (err) err.message = 'camForm submission prevented: ' + rf.refusal;
      $scope.$applyAsync();
    });
    $scope.$applyAsync();
  }

  window.ReviewForm = { start: start, dateTime: dateTime, date: date, refusal: refusal,
    idCardApplication: idCardApplication };
})();
