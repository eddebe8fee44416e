/*
 * Draws the results charts with Apache ECharts from each element's data-chart JSON. Every chart stands next
 * to its data table and a one-sentence summary, which are the accessible form of the same content: the chart
 * itself is role="img" labelled by that sentence. Decimals arrive as strings; they are turned into numbers
 * here only to place marks and colours, never to show a figure.
 */
(function () {
  'use strict';

  // the ECharts build this page needs, named by this script's data-echarts: loaded only when a chart is near the
  // viewport, so that a page whose charts are further down (the dashboard's map) does not parse a megabyte first
  var build = document.currentScript && document.currentScript.getAttribute('data-echarts');
  var library = null;
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var geojson = {};

  function number(text) {
    return text === null || text === undefined ? null : Number(text);
  }

  // thousands separators on every figure the chart writes (6,396, not 6396), the decimals as published
  function grouped(value) {
    if (value === null || value === undefined || value === '' || (typeof value === 'number' && isNaN(value))) {
      return '–';
    }
    var text = String(value);
    var sign = text.charAt(0) === '-' ? '−' : '';
    var parts = text.replace(/^-/, '').split('.');
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return sign + whole + (parts.length > 1 ? '.' + parts[1] : '');
  }

  function common() {
    return {
      animation: !reduceMotion,
      // patterns as well as colours, so series differ without colour vision
      aria: { enabled: true, decal: { show: true }, label: { enabled: false } },
      textStyle: { fontFamily: 'inherit' },
      // drawn by the chart itself: an HTML tooltip would carry style attributes, which the CSP refuses
      tooltip: { confine: true, renderMode: 'richText', valueFormatter: grouped }
    };
  }

  function bars(spec) {
    var option = common();
    option.tooltip.trigger = 'axis';
    option.legend = { top: 0 };
    option.grid = { left: 8, right: 24, top: 40, bottom: 8, containLabel: true };
    option.xAxis = { type: 'value', axisLabel: { formatter: grouped, hideOverlap: true } };
    option.yAxis = { type: 'category', inverse: true, data: spec.categories, axisLabel: { width: 160, overflow: 'truncate' } };
    option.series = spec.series.map(function (s) {
      return {
        name: s.name, type: 'bar', data: s.values.map(number),
        label: { show: true, position: 'right', formatter: function (p) { return grouped(s.values[p.dataIndex]); } }
      };
    });
    return option;
  }

  function line(spec) {
    var option = common();
    option.tooltip.trigger = 'axis';
    option.grid = { left: 8, right: 24, top: 24, bottom: 8, containLabel: true };
    option.xAxis = { type: 'category', data: spec.categories, axisLabel: { hideOverlap: true } };
    // the axis spans the values and the target, so the target line is always in sight
    var target = spec.target ? number(spec.target) : null;
    option.yAxis = {
      type: 'value',
      scale: true,
      axisLabel: { formatter: grouped },
      min: function (extent) { return target === null ? extent.min : Math.floor(Math.min(extent.min, target)); },
      max: function (extent) { return target === null ? extent.max : Math.ceil(Math.max(extent.max, target)); }
    };
    option.series = spec.series.map(function (s) {
      var series = { name: s.name, type: 'line', data: s.values.map(number), symbolSize: 8 };
      if (spec.target) {
        series.markLine = {
          symbol: 'none',
          lineStyle: { type: 'dashed' },
          label: { formatter: spec.targetLabel, position: 'insideEndTop' },
          data: [{ yAxis: number(spec.target) }]
        };
      }
      return series;
    });
    return option;
  }

  function map(spec, features) {
    var option = common();
    var data = spec.items.map(function (item) {
      return { name: item.code, value: item.rate === undefined || item.rate === null ? NaN : number(item.rate), item: item };
    });
    option.tooltip.formatter = function (p) {
      var item = p.data && p.data.item;
      if (!item || !item.name) {
        return spec.noData;
      }
      return item.name + ': ' + item.display + ' (' + item.status + ')';
    };
    option.visualMap = {
      type: 'piecewise',
      pieces: spec.pieces,
      left: 8,
      bottom: 8,
      orient: 'vertical',
      outOfRange: { color: '#d6d6d6' }
    };
    option.series = [{
      type: 'map',
      map: spec.mapName,
      nameProperty: 'code',
      roam: true,
      selectedMode: false,
      data: data,
      itemStyle: { borderColor: '#ffffff', borderWidth: 0.5, areaColor: '#eeeeee' },
      emphasis: { label: { show: false } }
    }];
    return option;
  }

  function loadMap(spec) {
    var url = spec.geojson;
    if (!geojson[url]) {
      geojson[url] = fetch(url).then(function (response) { return response.json(); });
    }
    return geojson[url].then(function (all) {
      var name = url;
      var collection = all;
      if (spec.parents && spec.parents.length) {
        name = url + '#' + spec.parents.join(',');
        collection = {
          type: 'FeatureCollection',
          features: all.features.filter(function (f) {
            var parent = f.properties.parent_code || f.properties.code;
            return spec.parents.indexOf(parent) >= 0;
          })
        };
      }
      if (!echarts.getMap(name)) {
        echarts.registerMap(name, collection);
      }
      spec.mapName = name;
      return spec;
    });
  }

  function draw(element) {
    var spec = JSON.parse(element.getAttribute('data-chart'));
    var render = function (option) {
      var chart = echarts.init(element, null, { renderer: 'svg' });
      chart.setOption(option);
      if (spec.kind === 'map') {
        chart.on('click', function (p) {
          var item = p.data && p.data.item;
          if (item && item.href) {
            window.location.href = item.href;
          }
        });
      }
      window.addEventListener('resize', function () { chart.resize(); });
    };
    if (spec.kind === 'bars') {
      render(bars(spec));
    }
    else if (spec.kind === 'line') {
      render(line(spec));
    }
    else if (spec.kind === 'map') {
      loadMap(spec).then(function (s) { render(map(s)); });
    }
  }

  function loadLibrary() {
    if (!library) {
      library = new Promise(function (resolve, reject) {
        if (typeof echarts !== 'undefined' || !build) {
          resolve();
          return;
        }
        var script = document.createElement('script');
        script.src = build;
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return library;
  }

  function drawWhenLoaded(element) {
    loadLibrary().then(function () {
      if (typeof echarts !== 'undefined') {
        draw(element);
      }
    });
  }

  // each chart is drawn when it comes within half a screen of the viewport (all at once without IntersectionObserver)
  function start() {
    var charts = document.querySelectorAll('[data-chart]');
    if (!('IntersectionObserver' in window)) {
      Array.prototype.forEach.call(charts, drawWhenLoaded);
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          drawWhenLoaded(entry.target);
        }
      });
    }, { rootMargin: '50% 0px' });
    Array.prototype.forEach.call(charts, function (chart) { observer.observe(chart); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
}());
