/* Chỉnh Đốn: the document pickers of the directives forms (CSP script-src 'self': no inline scripts).
   A click on a search result (documents/picker.html) puts the document's id into the input named by
   data-target: appended to the comma-separated list when the input has data-multiple, else replacing it. */
(function () {
  'use strict';

  document.addEventListener('click', function (e) {
    var pick = e.target.closest('.doc-pick');
    if (!pick) {
      return;
    }
    var targetId = pick.getAttribute('data-target');
    var input = document.getElementById(targetId);
    if (!input) {
      return;
    }
    var id = pick.getAttribute('data-id');
    var label = pick.getAttribute('data-label');
    var chosen = document.getElementById(targetId + '-chosen');
    if (input.hasAttribute('data-multiple')) {
      var ids = input.value.split(/[,;\s]+/).filter(function (t) { return t.length > 0; });
      if (ids.indexOf(id) < 0) {
        ids.push(id);
        if (chosen) {
          var li = document.createElement('li');
          li.textContent = '✓ ' + label;
          chosen.appendChild(li);
        }
      }
      input.value = ids.join(', ');
    } else {
      input.value = id;
      if (chosen) {
        chosen.textContent = '';
        var one = document.createElement('li');
        one.textContent = '✓ ' + label;
        chosen.appendChild(one);
      }
    }
    input.classList.remove('is-invalid');
    var results = document.getElementById(targetId + '-results');
    if (results) {
      results.textContent = '';
    }
    var search = document.getElementById(targetId + '-search');
    if (search) {
      search.value = '';
    }
    input.focus();
  });

  // a form refused by the server is shown again further down the page: bring it into view
  document.addEventListener('DOMContentLoaded', function () {
    var refused = document.querySelector('[data-scroll-here]');
    if (refused) {
      refused.scrollIntoView({ block: 'start' });
    }
  });
})();
