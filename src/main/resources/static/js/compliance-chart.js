/* Chỉnh Đốn: the compliance chart of a campaign page, drawn with Chart.js from the JSON block
   #compliance-data (no inline script under the CSP). One horizontal stacked bar per subordinate unit:
   done on time, done late, late, pending, exempt. A click on a bar of a unit with units below opens that
   unit's compliance (the same links as the table under the chart, which holds every number too). */
(function () {
  'use strict';

  var COLORS = {
    doneOnTime: '#198754',
    doneLate: '#75b798',
    late: '#dc3545',
    pending: '#ffc107',
    exempt: '#adb5bd'
  };

  function shorten(label, max) {
    return label.length > max ? label.slice(0, max - 1) + '…' : label;
  }

  function draw() {
    var source = document.getElementById('compliance-data');
    var canvas = document.getElementById('compliance-chart');
    if (!source || !canvas || typeof window.Chart === 'undefined') {
      return;
    }
    var data;
    try {
      data = JSON.parse(source.textContent);
    } catch (e) {
      return;
    }
    if (!data.labels || data.labels.length === 0) {
      return;
    }
    var narrow = window.matchMedia('(max-width: 575.98px)').matches;
    window.Chart.defaults.font.size = narrow ? 12 : 14;
    window.Chart.defaults.color = '#3d4349';
    var box = canvas.parentElement;
    box.style.height = Math.max(160, 90 + data.labels.length * (narrow ? 30 : 34)) + 'px';
    var chart = new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s) {
          return { label: s.label, data: s.data, backgroundColor: COLORS[s.key] || '#6c757d', stack: 'all',
            maxBarThickness: 26 };
        })
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: !narrow, text: data.axis } },
          y: {
            stacked: true,
            ticks: {
              autoSkip: false,
              callback: function (value) {
                return shorten(this.getLabelForValue(value), narrow ? 18 : 40);
              }
            }
          }
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 14 } },
          tooltip: { mode: 'index', intersect: false }
        },
        onHover: function (event, elements) {
          var link = elements.length ? data.links[elements[0].index] : null;
          event.native.target.style.cursor = link ? 'pointer' : 'default';
        },
        onClick: function (event, elements) {
          var link = elements.length ? data.links[elements[0].index] : null;
          if (link) {
            window.location.href = link;
          }
        }
      }
    });
    canvas.setAttribute('data-ready', 'true');
    return chart;
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
