/* The consent dashboard: fetches the range's aggregates and draws each as a Chart.js chart with the same figures
   in a table beside it (screen readers, copying, and anyone who prefers numbers). */

const ACTIONS = ['accept-all', 'reject-all', 'custom', 'withdraw'];
const COLOURS = ['#0b57d0', '#b3261e', '#8a5a00', '#5b5f66', '#137333', '#7d2ae8', '#00838f', '#c2185b', '#3f51b5', '#6d4c41', '#2e7d32', '#ad1457'];
const DAY_MS = 86400000;
/** One colour per choice in every chart, so "reject-all" is the same red everywhere. */
const ACTION_COLOURS = { 'accept-all': '#0b57d0', 'reject-all': '#b3261e', custom: '#8a5a00', withdraw: '#5b5f66' };

const params = new URLSearchParams(location.search);
const today = new Date().toISOString().slice(0, 10);
const to = params.get('to') || today;
const from = params.get('from') || new Date(Date.parse(to) - 29 * DAY_MS).toISOString().slice(0, 10);
document.getElementById('from').value = from;
document.getElementById('to').value = to;

const percent = (part, whole) => (whole ? ((100 * part) / whole).toFixed(1) + ' %' : '–');

function daysBetween(first, last) {
  const days = [];
  for (let t = Date.parse(first); t <= Date.parse(last) && days.length < 3700; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** One section: a heading, a chart (an image for assistive technology, described by the table) and the table. */
function section(id, title, chart, table) {
  const box = document.createElement('section');
  box.setAttribute('aria-labelledby', id + '-title');
  box.id = id;
  const heading = document.createElement('h2');
  heading.id = id + '-title';
  heading.textContent = title;
  const holder = document.createElement('div');
  holder.className = 'chart';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', title + ': chart; the table below has the same figures');
  holder.append(canvas);
  const tableBox = document.createElement('div');
  tableBox.className = 'table';
  tableBox.tabIndex = 0;
  tableBox.setAttribute('role', 'region');
  tableBox.setAttribute('aria-label', title + ' (table)');
  tableBox.append(buildTable(title, table.head, table.rows));
  box.append(heading, holder, tableBox);
  document.getElementById('charts').append(box);
  new Chart(canvas, { ...chart, options: { animation: false, maintainAspectRatio: false, ...chart.options } });
}

function buildTable(caption, head, rows) {
  const table = document.createElement('table');
  table.createCaption().textContent = caption;
  const headRow = table.createTHead().insertRow();
  for (const text of head) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    headRow.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((value, i) => {
      const cell = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) cell.scope = 'row';
      cell.textContent = String(value);
      tr.append(cell);
    });
  }
  return table;
}

function draw(data) {
  const days = daysBetween(data.from, data.to);
  const actions = ACTIONS.filter((action) => data.actions.some((row) => row.action === action));
  const perDay = (day, action) => data.perDay.find((row) => row.day === day && row.action === action)?.records ?? 0;

  section(
    'per-day',
    'Choices per day',
    {
      type: 'bar',
      data: {
        labels: days,
        datasets: actions.map((action) => ({ label: action, data: days.map((day) => perDay(day, action)), backgroundColor: ACTION_COLOURS[action] })),
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
    },
    {
      head: ['Day', ...actions, 'Total'],
      rows: days.map((day) => [day, ...actions.map((action) => perDay(day, action)), actions.reduce((t, action) => t + perDay(day, action), 0)]),
    },
  );

  section(
    'actions',
    'Accept all, reject all and custom',
    {
      type: 'doughnut',
      data: {
        labels: data.actions.map((row) => row.action),
        datasets: [{ data: data.actions.map((row) => row.records), backgroundColor: data.actions.map((row) => ACTION_COLOURS[row.action]) }],
      },
    },
    { head: ['Choice', 'Records', 'Share'], rows: data.actions.map((row) => [row.action, row.records, percent(row.records, data.total)]) },
  );

  const categories = [...new Set(data.categories.map((row) => row.category))]
    .map((category) => ({ category, records: data.categories.filter((row) => row.category === category).reduce((t, row) => t + row.records, 0) }))
    .sort((a, b) => b.records - a.records)
    .slice(0, 12)
    .map((entry) => entry.category);
  const grant = (day, category) => data.categories.find((row) => row.day === day && row.category === category);
  section(
    'categories',
    'Grant rate per category',
    {
      type: 'line',
      data: {
        labels: days,
        datasets: categories.map((category, i) => ({
          label: category,
          data: days.map((day) => {
            const row = grant(day, category);
            return row ? (100 * row.granted) / row.records : null;
          }),
          borderColor: COLOURS[i % COLOURS.length],
          backgroundColor: COLOURS[i % COLOURS.length],
          spanGaps: true,
        })),
      },
      options: { scales: { y: { min: 0, max: 100, title: { display: true, text: '% granted' } } } },
    },
    {
      head: ['Day', ...categories.map((category) => category + ' granted')],
      rows: days
        .filter((day) => categories.some((category) => grant(day, category)))
        .map((day) => [
          day,
          ...categories.map((category) => {
            const row = grant(day, category);
            return row ? `${row.granted} of ${row.records} (${percent(row.granted, row.records)})` : '–';
          }),
        ]),
    },
  );

  section(
    'sources',
    'Where choices were made',
    {
      type: 'bar',
      data: {
        labels: data.sources.map((row) => row.source),
        datasets: [{ label: 'Records', data: data.sources.map((row) => row.records), backgroundColor: COLOURS[0] }],
      },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } },
    },
    { head: ['Source', 'Records', 'Share'], rows: data.sources.map((row) => [row.source, row.records, percent(row.records, data.total)]) },
  );

  const gpcLabel = (row) => (row.gpc ? 'GPC signal honoured' : 'No GPC signal');
  section(
    'gpc',
    'Visitors with Global Privacy Control',
    {
      type: 'doughnut',
      data: { labels: data.gpc.map(gpcLabel), datasets: [{ data: data.gpc.map((row) => row.records), backgroundColor: [COLOURS[3], COLOURS[4]] }] },
    },
    { head: ['Signal', 'Records', 'Share'], rows: data.gpc.map((row) => [gpcLabel(row), row.records, percent(row.records, data.total)]) },
  );

  const revisions = [...new Set(data.revisions.map((row) => row.revision))];
  const byRevision = (revision, action) => data.revisions.find((row) => row.revision === revision && row.action === action)?.records ?? 0;
  const revisionTotal = (revision) => actions.reduce((t, action) => t + byRevision(revision, action), 0);
  section(
    'revisions',
    'Choices by config revision',
    {
      type: 'bar',
      data: {
        labels: revisions.map((revision) => 'revision ' + revision),
        datasets: actions.map((action) => ({
          label: action,
          data: revisions.map((revision) => (100 * byRevision(revision, action)) / revisionTotal(revision)),
          backgroundColor: ACTION_COLOURS[action],
        })),
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, min: 0, max: 100, title: { display: true, text: '% of the revision’s choices' } } } },
    },
    {
      head: ['Revision', ...actions, 'Total'],
      rows: revisions.map((revision) => [revision, ...actions.map((action) => byRevision(revision, action)), revisionTotal(revision)]),
    },
  );

  section(
    'languages',
    'Choices by language',
    {
      type: 'bar',
      data: {
        labels: data.languages.map((row) => row.language),
        datasets: [{ label: 'Records', data: data.languages.map((row) => row.records), backgroundColor: COLOURS[6] }],
      },
      options: { indexAxis: 'y', plugins: { legend: { display: false } } },
    },
    { head: ['Language', 'Records', 'Share'], rows: data.languages.map((row) => [row.language, row.records, percent(row.records, data.total)]) },
  );
}

const status = document.getElementById('status');
fetch(`/dashboard/data?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, { headers: { accept: 'application/json' } })
  .then(async (response) => {
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || String(response.status));
    return body;
  })
  .then((data) => {
    draw(data);
    status.textContent = `${data.total} records from ${data.from} to ${data.to}.`;
    document.body.dataset.ready = 'true';
  })
  .catch((error) => {
    status.textContent = 'The figures could not be loaded: ' + error.message;
  });
