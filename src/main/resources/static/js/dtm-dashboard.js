/*
 * The DTM dashboard's map and trend charts, drawn in the browser with no internet: the geoBoundaries shapes of the
 * regions and mantika on a plain background (no tiles), the baladiya at their seat town when the seats file places them
 * and schematically around their mantika's label point otherwise (dashed outline, said in the legend), the muhalla
 * spread a little around their baladiya's point, each coloured by the figure picked on the page. The trend charts are
 * ECharts. Everything comes from data-* attributes and the JSON API; names are set as text, never as HTML.
 *
 * When the map has drawn a figure, the container's data-state is "ready" and its data-figure and data-level say which.
 */
(function () {
  'use strict';

  var container = document.getElementById('dtm-map');
  var figureSelect = document.getElementById('map-figure');
  var levelSelect = document.getElementById('map-level');
  var data = container ? container.dataset : {};
  var arabic = data.lang === 'ar';

  var CLASSES = ['#fee5d9', '#fcbba1', '#fc9272', '#fb6a4a', '#de2d26', '#a50f15'];
  var SUPPRESSED = '#bdbdbd';
  var REGION_STYLE = { color: '#212529', weight: 2.5, fill: false };
  var MANTIKA_STYLE = { color: '#6c757d', weight: 1, fillColor: '#f8f5ec', fillOpacity: 1 };

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ': ' + response.status);
      }
      return response.json();
    });
  }

  function failed(element, message) {
    var box = document.createElement('div');
    box.className = 'alert alert-warning m-2';
    box.setAttribute('role', 'alert');
    box.textContent = message;
    element.parentNode.insertBefore(box, element);
    element.dataset.state = 'failed';
  }

  function text(lines) {
    var box = document.createElement('div');
    lines.forEach(function (line, index) {
      var part = document.createElement(index === 0 ? 'strong' : 'div');
      part.textContent = line;
      box.appendChild(part);
    });
    return box;
  }

  function formatNumber(value) {
    return new Intl.NumberFormat(arabic ? 'ar-LY' : 'en-GB').format(value);
  }

  // ---- The map -------------------------------------------------------------------------------------------------

  /** Ray casting over a GeoJSON Polygon or MultiPolygon: is [lon, lat] inside? */
  function inside(lon, lat, geometry) {
    var polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    return polygons.some(function (rings) {
      var within = false;
      rings.forEach(function (ring) {
        for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          var xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
          if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
            within = !within;
          }
        }
      });
      return within;
    });
  }

  /** n points on a sunflower spiral around a centre, of the given radius in degrees. */
  function sunflower(centre, count, radius) {
    var points = [];
    for (var i = 0; i < count; i++) {
      var r = count <= 1 ? 0 : radius * Math.sqrt((i + 0.5) / count);
      var angle = i * 2.39996323; // the golden angle, in radians
      points.push([centre[0] + r * Math.sin(angle), centre[1] + r * Math.cos(angle)]);
    }
    return points;
  }

  /** Schematic positions of n points around a mantika's label point, shrunk until all fall inside it. */
  function schematic(feature, count) {
    var p = feature.properties;
    var centre = [p.labelLat, p.labelLon];
    var bounds = L.geoJSON(feature).getBounds();
    var radius = Math.min(0.25 * Math.min(bounds.getNorth() - bounds.getSouth(), bounds.getEast() - bounds.getWest()), 0.8);
    var points = sunflower(centre, count, radius);
    for (var attempt = 0; attempt < 6; attempt++, radius *= 0.6) {
      points = sunflower(centre, count, radius);
      if (points.every(function (point) { return inside(point[1], point[0], feature.geometry); })) {
        return points;
      }
    }
    return points;
  }

  /** Class breaks: quantiles of the shown values, so that each colour holds about as many units. */
  function breaks(values) {
    var sorted = values.slice().sort(function (a, b) { return a - b; });
    var limits = [];
    for (var i = 1; i < CLASSES.length; i++) {
      var limit = sorted[Math.min(sorted.length - 1, Math.floor((i * sorted.length) / CLASSES.length))];
      if (limit !== undefined && (limits.length === 0 || limit > limits[limits.length - 1])) {
        limits.push(limit);
      }
    }
    return limits;
  }

  function colourOf(value, limits) {
    var index = 0;
    while (index < limits.length && value >= limits[index]) {
      index++;
    }
    return CLASSES[Math.min(CLASSES.length - 1, Math.round((index * (CLASSES.length - 1)) / Math.max(1, limits.length)))];
  }

  function swatch(colour, dashed) {
    var mark = document.createElement('span');
    mark.style.display = 'inline-block';
    mark.style.width = '0.9em';
    mark.style.height = '0.9em';
    mark.style.verticalAlign = 'middle';
    mark.style.borderRadius = '50%';
    mark.style.background = colour;
    mark.style.border = (dashed ? '2px dashed ' : '2px solid ') + '#343a40';
    return mark;
  }

  function legendItem(list, colour, dashed, label) {
    var item = document.createElement('li');
    item.appendChild(swatch(colour, dashed));
    item.appendChild(document.createTextNode(' ' + label));
    list.appendChild(item);
    return item;
  }

  if (container && typeof L !== 'undefined') {
    var loading = document.getElementById('dtm-map-loading');
    if (loading) {
      loading.remove();
    }
    container.style.background = '#dbe7f0'; // the sea and the neighbours: a plain colour, no tiles
    document.querySelectorAll('.dtm-swatch-seat').forEach(function (e) { e.replaceWith(swatch('#ffffff', false)); });
    document.querySelectorAll('.dtm-swatch-schematic').forEach(function (e) { e.replaceWith(swatch('#ffffff', true)); });

    var map = L.map(container, { zoomSnap: 0.25, minZoom: 4, maxZoom: 12, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(data.attribution);
    map.fitBounds([[19.5, 9.38], [33.17, 25.16]], { padding: [8, 8] });
    var unitLayer = L.layerGroup().addTo(map);
    var mantikaByPcode = {};
    var request = 0;

    var shapes = Promise.all([getJson(data.regionsUrl), getJson(data.mantikaUrl)]).then(function (results) {
      L.geoJSON(results[1], {
        style: MANTIKA_STYLE,
        onEachFeature: function (feature, layer) {
          mantikaByPcode[feature.properties.pcode] = feature;
          layer.bindTooltip(text([(arabic ? feature.properties.nameAr : feature.properties.nameEn) || feature.properties.pcode]), { sticky: true });
        }
      }).addTo(map);
      L.geoJSON(results[0], { style: REGION_STYLE, interactive: false }).addTo(map);
      unitLayer.bringToFront && unitLayer.bringToFront();
    });

    /** Where every baladiya is drawn: its seat town, or a schematic point inside its mantika. */
    function placeBaladiya(places) {
      var where = {};
      var unplaced = {};
      places.forEach(function (place) {
        if (place.lat != null && place.lon != null) {
          where[place.pcode] = { point: [place.lat, place.lon], schematic: false };
        } else {
          (unplaced[place.mantika] = unplaced[place.mantika] || []).push(place);
        }
      });
      Object.keys(unplaced).forEach(function (mantika) {
        var feature = mantikaByPcode[mantika];
        var group = unplaced[mantika];
        if (!feature || feature.properties.labelLat == null) {
          return;
        }
        schematic(feature, group.length).forEach(function (point, index) {
          where[group[index].pcode] = { point: point, schematic: true };
        });
      });
      return where;
    }

    function draw() {
      var figure = figureSelect.value;
      var level = levelSelect.value;
      var mine = ++request;
      container.dataset.state = 'loading';
      Promise.all([shapes, getJson(data.mapUrl + '?level=' + encodeURIComponent(level) + '&figure=' + encodeURIComponent(figure))])
        .then(function (results) {
          if (mine !== request) {
            return; // the user picked something else meanwhile
          }
          var result = results[1];
          var where = placeBaladiya(result.places);
          var shown = result.units.filter(function (unit) { return unit.value != null; }).map(function (unit) { return unit.value; });
          var limits = breaks(shown);
          var byBaladiya = {};
          result.units.forEach(function (unit) {
            (byBaladiya[unit.baladiya] = byBaladiya[unit.baladiya] || []).push(unit);
          });
          unitLayer.clearLayers();
          var drawn = 0;
          var figureName = figureSelect.options[figureSelect.selectedIndex].text;
          Object.keys(byBaladiya).forEach(function (baladiya) {
            var place = where[baladiya];
            if (!place) {
              return;
            }
            var units = byBaladiya[baladiya];
            var points = level === 'muhalla' ? sunflower(place.point, units.length, 0.06) : [place.point];
            units.forEach(function (unit, index) {
              var colour = unit.value == null ? SUPPRESSED : colourOf(unit.value, limits);
              var marker = L.circleMarker(points[index] || place.point, {
                radius: level === 'muhalla' ? 5 : 8,
                color: '#343a40',
                weight: 1.5,
                dashArray: place.schematic ? '3 3' : null,
                fillColor: colour,
                fillOpacity: 0.95
              });
              var placement = level === 'muhalla' ? data.muhallaNote : place.schematic ? data.schematic : data.seat;
              marker.bindTooltip(text([
                arabic ? unit.nameAr : unit.nameEn,
                unit.pcode + ' · ' + placement,
                figureName + ': ' + (unit.value == null ? unit.shown : formatNumber(unit.value))
              ]));
              marker.options.pcode = unit.pcode;
              unitLayer.addLayer(marker);
              drawn++;
            });
          });
          if (level === 'baladiya') {
            // The baladiya without this figure, as small hollow points, so that every baladiya has its place.
            result.places.forEach(function (place) {
              var spot = where[place.pcode];
              if (!spot || byBaladiya[place.pcode]) {
                return;
              }
              var empty = L.circleMarker(spot.point, {
                radius: 4, color: '#6c757d', weight: 1, dashArray: spot.schematic ? '2 2' : null,
                fillColor: '#ffffff', fillOpacity: 0.9
              });
              empty.bindTooltip(text([arabic ? place.nameAr : place.nameEn,
                place.pcode + ' · ' + (spot.schematic ? data.schematic : data.seat), data.noFigure]));
              unitLayer.addLayer(empty);
            });
          }
          var legend = document.getElementById('dtm-map-legend');
          legend.textContent = '';
          var title = document.createElement('li');
          title.className = 'fw-semibold';
          title.textContent = figureName;
          legend.appendChild(title);
          var lower = shown.length ? Math.min.apply(null, shown) : null;
          var bounds = [lower].concat(limits);
          bounds.forEach(function (from, index) {
            if (from == null) {
              return;
            }
            var to = index + 1 < bounds.length ? bounds[index + 1] - 1 : Math.max.apply(null, shown);
            if (to < from) {
              return;
            }
            legendItem(legend, colourOf(from, limits), false, formatNumber(from) + (to > from ? ' – ' + formatNumber(to) : ''));
          });
          legendItem(legend, SUPPRESSED, false, data.small + ' / ' + data.withheld);
          if (level === 'baladiya') {
            legendItem(legend, '#ffffff', false, data.noFigure);
          }
          legendItem(legend, '#6f42c1', false, data.event);
          legendItem(legend, '#dc3545', false, data.event + ' · ' + data.eventOverdue);
          if (!eventsDrawn) {
            eventsDrawn = true;
            drawEvents(where);
          }
          container.dataset.figure = figure;
          container.dataset.level = level;
          container.dataset.units = String(drawn);
          container.dataset.state = 'ready';
        })
        .catch(function () {
          if (mine === request) {
            failed(container, data.failed);
          }
        });
    }

    /**
     * The latest emergency events (when the reader may see them), each beside its baladiya's point: a purple point
     * with a white ring, red when its first report is overdue. Drawn once; a failure leaves the map as it is.
     */
    var eventsDrawn = false;
    var eventLayer = L.layerGroup().addTo(map);
    var typeNames = {};
    document.querySelectorAll('#dtm-event-types [data-type]').forEach(function (item) {
      typeNames[item.getAttribute('data-type')] = item.textContent;
    });
    function drawEvents(where) {
      if (!data.eventsUrl) {
        return;
      }
      getJson(data.eventsUrl).then(function (page) {
        var count = 0;
        page.items.forEach(function (event, index) {
          var place = where[event.baladiya];
          if (!place) {
            return;
          }
          var offset = 0.08 + 0.04 * (index % 4);
          var mark = L.circleMarker([place.point[0] + offset, place.point[1] + offset], {
            radius: 7, color: '#ffffff', weight: 3, fillColor: event.overdue ? '#dc3545' : '#6f42c1', fillOpacity: 1
          });
          var lines = [
            data.event + ': ' + (typeNames[event.type] || event.type),
            String(event.incidentAt).replace('T', ' ').slice(0, 16) + ' · ' + event.baladiya,
            formatNumber(event.persons) + ' ' + data.eventPersons
          ];
          if (event.overdue) {
            lines.push(data.eventOverdue);
          }
          mark.bindTooltip(text(lines));
          eventLayer.addLayer(mark);
          count++;
        });
        container.dataset.events = String(count);
      }).catch(function () {
        container.dataset.events = 'none';
      });
    }

    figureSelect.addEventListener('change', draw);
    levelSelect.addEventListener('change', draw);
    draw();
  }

  // ---- The trend charts ----------------------------------------------------------------------------------------

  var chartBox = document.getElementById('dtm-trends');
  if (chartBox && typeof echarts !== 'undefined') {
    var labels = chartBox.dataset;
    getJson(labels.trendsUrl)
      .then(function (trends) {
        var chart = echarts.init(chartBox, null, { renderer: 'canvas' });
        var series = [
          ['idps.ind', labels.idps, '#d62728'],
          ['returnees.ind', labels.returnees, '#2ca02c'],
          ['migrants.ind', labels.migrants, '#1f77b4']
        ].map(function (entry) {
          return {
            name: entry[1],
            type: 'line',
            smooth: false,
            showSymbol: trends.length <= 30,
            itemStyle: { color: entry[2] },
            data: trends.map(function (trend) {
              var value = trend.figures[entry[0]];
              return value == null ? null : value;
            })
          };
        });
        chart.setOption({
          animation: false,
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 60, right: 20, top: 40, bottom: 50 },
          xAxis: {
            type: 'category',
            inverse: arabic,
            name: labels.round,
            nameLocation: 'middle',
            nameGap: 30,
            data: trends.map(function (trend) { return String(trend.number); })
          },
          yAxis: {
            type: 'value',
            position: arabic ? 'right' : 'left',
            axisLabel: { formatter: function (value) { return formatNumber(value); } }
          },
          series: series
        });
        window.addEventListener('resize', function () { chart.resize(); });
        chartBox.dataset.rounds = String(trends.length);
        chartBox.dataset.state = 'ready';
      })
      .catch(function () {
        failed(chartBox, labels.failed);
      });
  }
})();
