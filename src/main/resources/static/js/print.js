/* Chỉnh Đốn: the "In" button of printable pages (CSP script-src 'self': no inline handlers). */
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('print');
    if (button) {
      button.addEventListener('click', function () {
        window.print();
      });
    }
  });
})();
