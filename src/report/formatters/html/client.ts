/**
 * The HTML report's script, inlined in the page. Plain ES2020 with no dependency; it builds every
 * element with textContent (template text never becomes markup). Findings render in pages of
 * PAGE as the reader scrolls, all of them before printing. The filters live in the URL's hash
 * (`#rule=S3_BUCKET_LOGGING_ENABLED&severity=high`), so a link opens the same view.
 */
export const CLIENT_SCRIPT = `
(function () {
  'use strict';
  var PAGE = 200;
  var SEVERITY_RANK = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
  var data = JSON.parse(document.getElementById('tosei-data').textContent);
  var form = document.getElementById('filters');
  var list = document.getElementById('findings');
  var shown = document.getElementById('shown');
  var matching = [];
  var rendered = 0;
  var observer = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fillSelect(name, values) {
    var select = form.elements[name];
    values.forEach(function (value) { var option = el('option', '', value); option.value = value; select.appendChild(option); });
  }
  var ruleIds = Object.keys(data.rules).filter(function (id) { return data.findings.some(function (f) { return f.rule === id; }); }).sort();
  fillSelect('rule', ruleIds);
  var frameworks = {};
  Object.keys(data.rules).forEach(function (id) { Object.keys(data.rules[id].frameworks || {}).forEach(function (fw) { frameworks[fw] = true; }); });
  fillSelect('framework', Object.keys(frameworks).sort());

  function kind(f) { return f.suppressed ? 'suppressed' : f.status === 'INSUFFICIENT_DATA' ? 'undecided' : 'failing'; }

  function readHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    ['status', 'severity', 'rule', 'framework', 'sort', 'q'].forEach(function (name) {
      var value = params.get(name);
      if (value === null) return;
      var field = form.elements[name];
      if (field.tagName === 'SELECT' && !Array.prototype.some.call(field.options, function (o) { return o.value === value; })) return;
      field.value = value;
    });
  }

  function writeHash() {
    var params = new URLSearchParams();
    ['status', 'severity', 'rule', 'framework', 'sort', 'q'].forEach(function (name) {
      var value = form.elements[name].value;
      if (value && !(name === 'status' && value === 'open') && !(name === 'sort' && value === 'file')) params.set(name, value);
    });
    var hash = params.toString();
    history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }

  function matches(f) {
    var status = form.elements.status.value;
    var k = kind(f);
    if (status === 'open' && k === 'suppressed') return false;
    if (status === 'failing' && k !== 'failing') return false;
    if (status === 'undecided' && k !== 'undecided') return false;
    if (status === 'suppressed' && k !== 'suppressed') return false;
    var severity = form.elements.severity.value;
    if (severity && SEVERITY_RANK[f.severity] < SEVERITY_RANK[severity]) return false;
    var rule = form.elements.rule.value;
    if (rule && f.rule !== rule) return false;
    var framework = form.elements.framework.value;
    if (framework && !((data.rules[f.rule] || {}).frameworks || {})[framework]) return false;
    var q = form.elements.q.value.trim().toLowerCase();
    if (q) {
      var text = [f.rule, f.message, f.resource, f.type, data.files[f.file], (data.rules[f.rule] || {}).title || ''].join(' ').toLowerCase();
      if (text.indexOf(q) < 0) return false;
    }
    return true;
  }

  function compare(a, b) {
    var sort = form.elements.sort.value;
    if (sort === 'severity' && a.severity !== b.severity) return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
    if (sort === 'rule' && a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
    if (a.file !== b.file) return data.files[a.file] < data.files[b.file] ? -1 : 1;
    return (a.line || 0) - (b.line || 0) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
  }

  function findingNode(f) {
    var rule = data.rules[f.rule] || { title: f.rule, remediation: '', url: '' };
    var node = el('article', 'finding ' + kind(f));
    node.setAttribute('data-rule', f.rule);
    node.setAttribute('data-status', f.status);
    var head = el('div', 'head');
    head.appendChild(el('span', 'sev sev-' + f.severity, f.severity));
    head.appendChild(el('strong', '', rule.title));
    head.appendChild(el('code', 'rule', f.rule));
    head.appendChild(el('span', 'status', f.suppressed ? 'suppressed' : f.status === 'INSUFFICIENT_DATA' ? 'insufficient data' : f.status === 'ERROR' ? 'rule error' : 'non-compliant'));
    if (f.line) head.appendChild(el('span', 'where', 'line ' + f.line + (f.column ? ':' + f.column : '') + (f.path ? ' · ' + f.path : '')));
    node.appendChild(head);
    node.appendChild(el('p', 'message', f.message));
    if (f.suppressed) node.appendChild(el('p', 'reason', 'Suppressed (' + f.suppressed.kind + '): ' + f.suppressed.reason));
    if (f.source) {
      var pre = el('pre', 'source');
      pre.setAttribute('aria-label', 'source around line ' + f.line);
      f.source[1].forEach(function (text, index) {
        var number = f.source[0] + index;
        var line = el('span', number === f.line ? 'hit' : '');
        line.appendChild(el('b', '', String(number)));
        line.appendChild(document.createTextNode(text));
        pre.appendChild(line);
      });
      node.appendChild(pre);
    }
    if (kind(f) !== 'suppressed' && rule.remediation) {
      var fix = el('p', 'fix');
      fix.appendChild(el('strong', '', 'How to fix: '));
      fix.appendChild(document.createTextNode(rule.remediation + ' '));
      if (rule.url) { var link = el('a', '', 'Rule documentation'); link.href = rule.url; fix.appendChild(link); }
      node.appendChild(fix);
    }
    return node;
  }

  var currentFile = null;
  var currentResource = null;
  function renderMore(all) {
    var end = all ? matching.length : Math.min(matching.length, rendered + PAGE);
    for (; rendered < end; rendered++) {
      var f = matching[rendered];
      var fileName = data.files[f.file];
      if (!currentFile || currentFile.getAttribute('data-file') !== fileName) {
        currentFile = el('section', 'file');
        currentFile.setAttribute('data-file', fileName);
        currentFile.appendChild(el('h3', '', fileName));
        list.appendChild(currentFile);
        currentResource = null;
      }
      var resourceKey = f.type + ' ' + f.resource;
      if (!currentResource || currentResource.getAttribute('data-resource') !== resourceKey) {
        currentResource = el('div', 'resource');
        currentResource.setAttribute('data-resource', resourceKey);
        var h = el('h4', '', f.resource + ' ');
        h.appendChild(el('span', 'type', f.type));
        currentResource.appendChild(h);
        currentFile.appendChild(currentResource);
      }
      currentResource.appendChild(findingNode(f));
    }
    var more = document.getElementById('more');
    if (more) more.remove();
    if (rendered < matching.length) {
      more = el('div', 'more');
      more.id = 'more';
      var button = el('button', '', 'Show ' + Math.min(PAGE, matching.length - rendered) + ' more of ' + (matching.length - rendered));
      button.type = 'button';
      button.addEventListener('click', function () { renderMore(false); });
      more.appendChild(button);
      list.appendChild(more);
      if (observer) { observer.disconnect(); observer.observe(more); }
    }
  }

  function update() {
    matching = data.findings.filter(matches).sort(compare);
    list.textContent = '';
    rendered = 0;
    currentFile = null;
    currentResource = null;
    shown.textContent = matching.length + ' of ' + data.findings.length + ' findings shown';
    if (matching.length === 0) list.appendChild(el('p', 'empty', 'No finding matches these filters.'));
    renderMore(false);
  }

  if ('IntersectionObserver' in window) {
    observer = new IntersectionObserver(function (entries) { if (entries.some(function (e) { return e.isIntersecting; })) renderMore(false); });
  }
  form.addEventListener('input', function () { writeHash(); update(); });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  window.addEventListener('hashchange', function () { readHash(); update(); });
  window.addEventListener('beforeprint', function () { renderMore(true); });
  readHash();
  update();
})();
`;
