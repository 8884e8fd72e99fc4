// Renders window.dataLayer as gtag() calls, one line per entry, and keeps it up to date.
(function () {
  var list = document.getElementById('datalayer');
  var shown = 0;
  function show(value) {
    if (value instanceof Date) return 'new Date()';
    // A space after each comma lets long consent objects wrap.
    return JSON.stringify(value).replace(/,"/g, ', "');
  }
  function render() {
    var layer = window.dataLayer || [];
    for (; shown < layer.length; shown++) {
      var entry = layer[shown];
      var kind = Object.prototype.toString.call(entry);
      var text = kind === '[object Arguments]' ? 'gtag(' + Array.prototype.map.call(entry, show).join(', ') + ')' : show(entry);
      var li = document.createElement('li');
      li.textContent = text;
      li.setAttribute('data-entry', shown);
      list.appendChild(li);
    }
  }
  render();
  setInterval(render, 250);
})();
