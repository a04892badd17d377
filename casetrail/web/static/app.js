// casetrail: small progressive enhancements; every page works without them.
(function () {
  "use strict";
  var zone = document.getElementById("dropzone");
  var input = document.getElementById("files");
  if (zone && input) {
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (event) {
      if (event.dataTransfer && event.dataTransfer.files.length) { input.files = event.dataTransfer.files; }
    });
  }
  var mapNode = document.getElementById("map");
  if (mapNode && window.L) {
    var points = JSON.parse(mapNode.getAttribute("data-points") || "[]");
    // No tile server: country outlines from a vendored Natural Earth file, drawn locally.
    var map = L.map(mapNode, { zoomControl: true, attributionControl: true }).setView([30, 20], 2);
    map.attributionControl.addAttribution("Natural Earth (world-atlas)");
    fetch("/static/vendor/countries-50m.json").then(function (r) { return r.json(); }).then(function (topo) {
      var countries = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(countries, { style: { color: "#7a8a99", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
      var bounds = [];
      points.forEach(function (p) {
        L.circleMarker([p.lat, p.lon], { radius: 6 + Math.min(p.acts, 6), color: "#b3261e", fillOpacity: 0.8 })
          .bindTooltip(p.name + " (" + p.acts + " acts)").addTo(map);
        bounds.push([p.lat, p.lon]);
      });
      if (bounds.length) { map.fitBounds(bounds, { padding: [40, 40], maxZoom: 6 }); }
      mapNode.setAttribute("data-ready", "1");
    });
  }
})();
