/*
 * The gazetteer's map: the geoBoundaries shapes of the regions and mantika on a plain background (no tiles from the
 * internet), the baladiya as points placed schematically around their mantika's label point (no source gives their
 * coordinates; the placement is computed here, for display only, and never stored), and the sites that have
 * coordinates, coloured by type. Everything the script needs comes from data-* attributes and the JSON API.
 */
(function () {
  'use strict';

  var container = document.getElementById('map');
  if (!container || typeof L === 'undefined') {
    return;
  }
  var data = container.dataset;
  var arabic = data.lang === 'ar';

  var SITE_COLOURS = {
    DISEMBARKATION_POINT: '#0d6efd',
    DETENTION_CENTRE: '#dc3545',
    FLOW_MONITORING_POINT: '#fd7e14',
    HEALTH_FACILITY: '#198754',
    OFFICE: '#6f42c1',
    WAREHOUSE: '#795548',
    POINT_OF_ENTRY: '#20c997',
    SCHOOL: '#d63384',
    OTHER: '#6c757d'
  };
  var REGION_STYLE = { color: '#212529', weight: 2.5, fill: false };
  var MANTIKA_STYLE = { color: '#495057', weight: 1, fillColor: '#f8f5ec', fillOpacity: 1 };
  var BALADIYA_STYLE = { radius: 4, color: '#343a40', weight: 1, fillColor: '#adb5bd', fillOpacity: 0.9 };

  // The legend is plain HTML (readable without script); colour its swatches here.
  function swatch(element, background, border, round) {
    element.style.display = 'inline-block';
    element.style.width = '0.9em';
    element.style.height = '0.9em';
    element.style.verticalAlign = 'middle';
    element.style.background = background;
    element.style.border = '2px solid ' + border;
    element.style.borderRadius = round ? '50%' : '2px';
  }
  document.querySelectorAll('.geo-swatch-region').forEach(function (e) { swatch(e, 'transparent', REGION_STYLE.color, false); });
  document.querySelectorAll('.geo-swatch-mantika').forEach(function (e) { swatch(e, MANTIKA_STYLE.fillColor, MANTIKA_STYLE.color, false); });
  document.querySelectorAll('.geo-swatch-baladiya').forEach(function (e) { swatch(e, BALADIYA_STYLE.fillColor, BALADIYA_STYLE.color, true); });
  var siteLabels = {};
  document.querySelectorAll('[data-site-type]').forEach(function (item) {
    var type = item.getAttribute('data-site-type');
    var label = item.querySelector('.geo-site-label');
    siteLabels[type] = label ? label.textContent : type;
    var mark = item.querySelector('.geo-swatch-site');
    if (mark) {
      swatch(mark, SITE_COLOURS[type] || '#6c757d', '#ffffff', true);
    }
  });

  var loading = document.getElementById('map-loading');
  if (loading) {
    loading.remove();
  }
  container.style.background = '#dbe7f0'; // the sea and the neighbours: a plain colour, no tiles

  var map = L.map(container, { zoomSnap: 0.25, minZoom: 4, maxZoom: 12, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(data.attribution);
  map.fitBounds([[19.5, 9.38], [33.17, 25.16]], { padding: [8, 8] });

  function name(properties) {
    return (arabic ? properties.nameAr : properties.nameEn) || properties.shapeName || properties.pcode;
  }

  /** A small block of text, built with textContent so that no name is ever read as HTML. */
  function describe(lines) {
    var box = document.createElement('div');
    lines.forEach(function (line, index) {
      var part = document.createElement(index === 0 ? 'strong' : 'div');
      part.textContent = line;
      box.appendChild(part);
    });
    return box;
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ': ' + response.status);
      }
      return response.json();
    });
  }

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

  /**
   * Schematic positions of n points around a label point, inside the shape: a sunflower spiral whose radius is a
   * fraction of the shape's extent, shrunk until every point falls inside. Display only.
   */
  function schematic(feature, count) {
    var p = feature.properties;
    var centre = [p.labelLat, p.labelLon];
    if (count <= 1) {
      return [centre];
    }
    var bounds = L.geoJSON(feature).getBounds();
    var radius = Math.min(0.35 * Math.min(bounds.getNorth() - bounds.getSouth(), bounds.getEast() - bounds.getWest()), 1.2);
    for (var attempt = 0; attempt < 6; attempt++, radius *= 0.6) {
      var points = [];
      for (var i = 0; i < count; i++) {
        var r = radius * Math.sqrt((i + 0.5) / count);
        var angle = i * 2.39996323; // the golden angle, in radians
        points.push([centre[0] + r * Math.sin(angle), centre[1] + r * Math.cos(angle)]);
      }
      var allInside = points.every(function (point) { return inside(point[1], point[0], feature.geometry); });
      if (allInside) {
        return points;
      }
    }
    return points;
  }

  /** Mantika labels stay small and unboxed, so that the crowded north-west stays readable. */
  function quiet(element) {
    if (!element) {
      return;
    }
    element.style.fontSize = '11px';
    element.style.padding = '0 3px';
    element.style.border = 'none';
    element.style.boxShadow = 'none';
    element.style.background = 'rgba(255, 255, 255, 0.7)';
    element.style.pointerEvents = 'none';
  }

  var baladiyaLayer = L.layerGroup();
  var siteLayer = L.layerGroup();

  Promise.all([getJson(data.regionsUrl), getJson(data.mantikaUrl), getJson(data.baladiyaUrl)])
    .then(function (results) {
      var regions = results[0], mantika = results[1], baladiya = results[2];
      L.geoJSON(mantika, {
        style: MANTIKA_STYLE,
        onEachFeature: function (feature, layer) {
          layer.bindTooltip(describe([name(feature.properties), feature.properties.pcode]), { sticky: true });
        }
      }).addTo(map);
      L.geoJSON(regions, {
        style: REGION_STYLE,
        interactive: false
      }).addTo(map);

      var byMantika = {};
      var today = new Date().toISOString().slice(0, 10);
      baladiya.filter(function (unit) { return !unit.validTo || unit.validTo > today; }).forEach(function (unit) {
        (byMantika[unit.parent] = byMantika[unit.parent] || []).push(unit);
      });
      mantika.features.forEach(function (feature) {
        var p = feature.properties;
        if (p.labelLat == null) {
          return;
        }
        var label = L.tooltip({ permanent: true, direction: 'center', className: 'geo-mantika-label', opacity: 0.85 })
          .setLatLng([p.labelLat, p.labelLon])
          .setContent(name(p))
          .addTo(map);
        quiet(label.getElement());
        var units = (byMantika[p.pcode] || []).slice().sort(function (a, b) { return a.pcode < b.pcode ? -1 : 1; });
        schematic(feature, units.length).forEach(function (point, index) {
          var unit = units[index];
          var marker = L.circleMarker(point, BALADIYA_STYLE);
          marker.bindTooltip(describe([arabic ? unit.nameAr : unit.nameEn, unit.pcode]));
          marker.on('click', function () { window.location.href = data.unitUrl + encodeURIComponent(unit.pcode); });
          baladiyaLayer.addLayer(marker);
        });
      });
      baladiyaLayer.addTo(map);
      return loadSites(0);
    })
    .catch(function () {
      var failed = document.createElement('div');
      failed.className = 'alert alert-warning m-2';
      failed.setAttribute('role', 'alert');
      failed.textContent = data.failed;
      container.parentNode.insertBefore(failed, container);
    });

  /** Active sites with coordinates, page by page (at most 20 pages of 200). */
  function loadSites(page) {
    return getJson(data.sitesUrl + '?active=true&size=200&page=' + page).then(function (result) {
      result.items.forEach(function (site) {
        if (site.latitude == null || site.longitude == null) {
          return;
        }
        var colour = SITE_COLOURS[site.type] || '#6c757d';
        var marker = L.circleMarker([site.latitude, site.longitude], {
          radius: 7, color: '#ffffff', weight: 2, fillColor: colour, fillOpacity: 1
        });
        marker.bindPopup(describe([
          arabic ? site.nameAr : site.nameEn,
          siteLabels[site.type] || site.type,
          site.code,
          (arabic ? site.baladiya.nameAr : site.baladiya.nameEn) + ' (' + site.baladiya.pcode + ')'
        ]));
        siteLayer.addLayer(marker);
      });
      siteLayer.addTo(map);
      if ((page + 1) * result.size < result.total && page < 19) {
        return loadSites(page + 1);
      }
      return null;
    });
  }
})();
