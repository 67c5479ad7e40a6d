/* Chỉnh Đốn: the only script of the pages (CSP script-src 'self': no inline scripts). */
(function () {
  'use strict';

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }

  // htmx requests carry the CSRF token as a header
  document.addEventListener('htmx:configRequest', function (e) {
    var token = meta('_csrf');
    var header = meta('_csrf_header');
    if (token && header) {
      e.detail.headers[header] = token;
    }
  });

  // an expired session sends htmx to the login page: go there for real
  document.addEventListener('htmx:beforeSwap', function (e) {
    var xhr = e.detail.xhr;
    if (xhr && xhr.responseURL && new URL(xhr.responseURL).pathname === '/login') {
      e.detail.shouldSwap = false;
      window.location.href = xhr.responseURL;
    }
  });

  // a failed htmx request says so instead of doing nothing
  document.addEventListener('htmx:responseError', function (e) {
    var box = document.getElementById('htmx-error');
    if (box) {
      box.textContent = (box.getAttribute('data-message') || 'Error') + ' (' + e.detail.xhr.status + ')';
      box.classList.remove('d-none');
    }
  });
  document.addEventListener('htmx:sendError', function () {
    var box = document.getElementById('htmx-error');
    if (box) {
      box.textContent = box.getAttribute('data-message') || 'Error';
      box.classList.remove('d-none');
    }
  });
  document.addEventListener('htmx:beforeRequest', function () {
    var box = document.getElementById('htmx-error');
    if (box) {
      box.classList.add('d-none');
    }
  });

  // tree: the first click loads the children (htmx, "click once"), later clicks fold and unfold them
  document.addEventListener('click', function (e) {
    var button = e.target.closest('.tree-toggle');
    if (!button || !button.hasAttribute('data-loaded')) {
      return;
    }
    var children = button.closest('li').querySelector(':scope > .tree-children');
    if (!children) {
      return;
    }
    var open = children.hasAttribute('hidden');
    if (open) {
      children.removeAttribute('hidden');
    } else {
      children.setAttribute('hidden', '');
    }
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    button.textContent = open ? '−' : '+';
  });
  document.addEventListener('htmx:afterRequest', function (e) {
    var button = e.detail.elt;
    if (button && button.classList && button.classList.contains('tree-toggle') && e.detail.successful) {
      button.setAttribute('data-loaded', '');
      button.setAttribute('aria-expanded', 'true');
      button.textContent = '−';
    }
  });

  // restructuring: show the fields of the chosen operation type only (without script, all are shown)
  function showOperationFields(select) {
    var row = select.closest('.op-row');
    if (!row) {
      return;
    }
    var type = select.value;
    row.querySelectorAll('.op-field').forEach(function (field) {
      var types = (field.getAttribute('data-types') || '').split(' ');
      var visible = types.indexOf(type) >= 0;
      if (visible) {
        field.removeAttribute('hidden');
      } else {
        field.setAttribute('hidden', '');
      }
      field.querySelectorAll('input, select, textarea').forEach(function (input) {
        input.disabled = !visible;
      });
    });
  }
  function initOperationRows(root) {
    root.querySelectorAll('select.op-type').forEach(showOperationFields);
  }
  document.addEventListener('change', function (e) {
    if (e.target.matches && e.target.matches('select.op-type')) {
      showOperationFields(e.target);
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    initOperationRows(document);
  });
  document.addEventListener('htmx:afterSettle', function (e) {
    initOperationRows(e.detail.elt || document);
  });

  // buttons that ask before acting: <button data-confirm="...">
  document.addEventListener('submit', function (e) {
    var button = e.submitter;
    var message = (button && button.getAttribute('data-confirm')) || e.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      e.preventDefault();
    }
  }, true);
})();
