// Draws the home page's bar chart from the numbers of the table next to it, so that the chart and the
// table can never disagree; without JavaScript the table alone is shown.
document.addEventListener('DOMContentLoaded', function () {
  var figure = document.getElementById('overview-chart-figure');
  var table = document.getElementById('overview-table');
  if (!figure || !table || typeof echarts === 'undefined') {
    return;
  }
  var styles = getComputedStyle(document.documentElement);
  var colour = function (name, fallback) {
    return styles.getPropertyValue(name).trim() || fallback;
  };
  var metroColour = colour('--krds-color-light-primary-50', '#256ef4');
  var basicColour = colour('--krds-color-light-secondary-70', '#063a74');
  var labels = [];
  var values = [];
  table.querySelectorAll('tbody tr').forEach(function (row) {
    labels.push(row.querySelector('th').textContent.trim());
    values.push({
      value: Number(row.querySelector('td[data-count]').getAttribute('data-count')),
      itemStyle: { color: row.getAttribute('data-level') === 'metro' ? metroColour : basicColour }
    });
  });
  // the counts with thousands separators, as the table writes them
  var grouped = function (value) {
    return Number(value).toLocaleString('en-US');
  };
  figure.hidden = false;
  var chart = echarts.init(document.getElementById('overview-chart'), null, { renderer: 'svg' });
  chart.setOption({
    aria: { enabled: false },
    animation: false,
    textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: grouped, hideOverlap: true }, splitLine: { lineStyle: { color: '#e6e8ea' } } },
    yAxis: { type: 'category', data: labels, inverse: true, axisTick: { show: false },
             axisLabel: { color: '#1e2124', fontSize: 14 } },
    series: [{ type: 'bar', data: values, barMaxWidth: 22,
               label: { show: true, position: 'right', color: '#1e2124', fontSize: 13,
                        formatter: function (p) { return grouped(p.value); } } }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
