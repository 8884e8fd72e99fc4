// Shared by the example fixtures: mark a row of the status table as "ran" (or "loaded") with the time.
window.cgExampleMark = function (id, word) {
  var cell = document.getElementById(id);
  if (!cell) return;
  cell.textContent = (word || 'ran') + ' at ' + new Date().toLocaleTimeString();
  cell.className = 'on';
};
