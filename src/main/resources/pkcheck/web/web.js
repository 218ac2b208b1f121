// pkcheck serve: progressive enhancement only; every form works without this script.
(function () {
  'use strict';
  document.querySelectorAll('[data-drop]').forEach(function (zone) {
    var input = zone.querySelector('input[type=file]');
    var hint = zone.querySelector('[data-drop-hint]');
    var show = function () {
      if (hint && input.files.length) {
        hint.textContent = Array.prototype.map.call(input.files, function (f) { return f.name; }).join(', ');
      }
    };
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        show();
      }
    });
    input.addEventListener('change', show);
  });
  // The meeting form: open only the chosen group's member list.
  var group = document.getElementById('group');
  if (group) {
    var sync = function () {
      document.querySelectorAll('details.members').forEach(function (d) {
        d.open = d.getAttribute('data-group') === group.value;
      });
    };
    group.addEventListener('change', sync);
    sync();
  }
})();
