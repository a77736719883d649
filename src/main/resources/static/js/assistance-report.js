/*
 * The assistance report's chart: people reached per month, by sex, drawn by ECharts from the JSON API with the page's
 * filter (the container's data-figures-url). Drawn again when htmx swaps the results in. Labels come from data-*
 * attributes and are set as text. When drawn, the container's data-state is "ready" and data-months says how many.
 */
(function () {
  'use strict';

  /** Every month of the filter, oldest first, with the report's month row or zeros: the axis has no gaps. */
  function everyMonth(report) {
    var byMonth = {};
    (report.months || []).forEach(function (m) { byMonth[m.month] = m; });
    var from = /^(\d{4})-(\d{2})$/.exec(String(report.filter && report.filter.from));
    var to = /^(\d{4})-(\d{2})$/.exec(String(report.filter && report.filter.to));
    if (!from || !to) {
      return report.months || [];
    }
    var months = [];
    var year = Number(from[1]);
    var month = Number(from[2]);
    var last = Number(to[1]) * 12 + Number(to[2]);
    while (year * 12 + month <= last && months.length < 121) {
      var key = year + '-' + (month < 10 ? '0' : '') + month;
      months.push(byMonth[key] || { month: key, people: 0, female: 0, male: 0 });
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
    }
    return months;
  }

  function draw() {
    var box = document.getElementById('report-chart');
    if (!box || box.dataset.state === 'ready' || typeof echarts === 'undefined') {
      return;
    }
    var labels = box.dataset;
    var arabic = labels.lang === 'ar';
    fetch(labels.figuresUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (report) {
        var months = everyMonth(report);
        var chart = echarts.init(box, null, { renderer: 'canvas' });
        function series(name, color, value) {
          return {
            name: name,
            type: 'bar',
            stack: 'people',
            itemStyle: { color: color },
            data: months.map(value)
          };
        }
        chart.setOption({
          animation: false,
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 50, right: 20, top: 40, bottom: 40 },
          xAxis: { type: 'category', inverse: arabic, data: months.map(function (m) { return m.month; }) },
          yAxis: { type: 'value', position: arabic ? 'right' : 'left', minInterval: 1 },
          series: [
            series(labels.female, '#b5179e', function (m) { return m.female; }),
            series(labels.male, '#3a86ff', function (m) { return m.male; }),
            series(labels.unknown, '#adb5bd', function (m) { return Math.max(0, m.people - m.female - m.male); })
          ]
        });
        window.addEventListener('resize', function () { chart.resize(); });
        box.dataset.months = String(months.length);
        box.dataset.state = 'ready';
      })
      .catch(function () {
        var alert = document.createElement('div');
        alert.className = 'alert alert-warning';
        alert.setAttribute('role', 'alert');
        alert.textContent = labels.failed;
        box.parentNode.insertBefore(alert, box);
        box.dataset.state = 'failed';
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
  document.body.addEventListener('htmx:afterSettle', draw);
})();
