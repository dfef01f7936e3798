// Chart.js charts of a scenario diff. Chart.js is the UMD build served from its webjar
// (/ui/vendor/chart.umd.min.js), which defines the global Chart. Each chart has a text
// alternative: the same numbers as a table, under the canvas.

import { count, h, usd } from './dom.js';

const COLOURS = ['#1d3557', '#e76f51', '#2a9d8f', '#e9c46a', '#457b9d', '#f4a261', '#8d99ae'];
const live = new Set();

/** Destroys the charts drawn before (a new diff, or another view). */
export function destroyCharts() {
  for (const chart of live) {
    chart.destroy();
  }
  live.clear();
}

function chartJs() {
  if (typeof window.Chart !== 'function') {
    throw new Error(
      'Chart.js did not load (/ui/vendor/chart.umd.min.js), so the charts cannot be drawn.' +
        ' Reload the page; if it persists, the server is missing the Chart.js webjar.',
    );
  }
  window.Chart.defaults.animation = false;
  window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  return window.Chart;
}

/**
 * A figure with a bar chart of unlocked value (US$) per tally (measure, chapter or authority), and
 * its data as a table. `label(tally)` gives {short, full}: the axis shows the short one.
 */
export function valueChart(id, title, tallies, label) {
  const labels = tallies.map(label);
  const rows = tallies.map((t, i) => [labels[i].full, usd(t.valueUsd), count(t.transactions)]);
  return figure(id, title, ['', 'Unlocked value', 'Trades'], rows, () => ({
    type: 'bar',
    data: {
      labels: labels.map((l) => l.short),
      datasets: [
        {
          label: 'Unlocked value (US$)',
          data: tallies.map((t) => t.valueUsd),
          backgroundColor: tallies.map((_, i) => COLOURS[i % COLOURS.length]),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => labels[items[0].dataIndex].full,
            label: (item) => `${usd(item.raw)} in ${count(tallies[item.dataIndex].transactions)} trades`,
          },
        },
      },
      scales: { x: { beginAtZero: true, ticks: { callback: (v) => compact(v) } } },
    },
    height: Math.max(150, 50 + tallies.length * 34),
  }));
}

/** A figure with the decision counts under the regime and under the scenario, side by side. */
export function outcomesChart(id, outcomes) {
  const names = Object.keys(outcomes.regime);
  const rows = names.map((n) => [n, count(outcomes.regime[n]), count(outcomes.scenario[n])]);
  return figure(id, 'Decisions: regime vs scenario', ['', 'Regime', 'Scenario'], rows, () => ({
    type: 'bar',
    data: {
      labels: names.map((n) => n.replace(/_/g, ' ').toLowerCase()),
      datasets: [
        { label: 'Regime', data: names.map((n) => outcomes.regime[n]), backgroundColor: '#1d3557' },
        {
          label: 'Scenario',
          data: names.map((n) => outcomes.scenario[n]),
          backgroundColor: '#e76f51',
        },
      ],
    },
    options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true } } },
    height: 260,
  }));
}

function figure(id, title, headings, rows, config) {
  const canvas = h('canvas', { id, role: 'img', 'aria-label': title });
  const box = h('div', { class: 'chart-box' }, canvas);
  const made = config();
  box.style.height = `${made.height}px`;
  const result = h(
    'figure',
    { class: 'chart card' },
    h('figcaption', {}, title),
    box,
    h(
      'details',
      { class: 'chart-data' },
      h('summary', {}, 'The numbers'),
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, headings.map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))),
      ),
    ),
  );
  // Drawn once the figure is in the page, so that Chart.js can measure its box.
  result.draw = () => {
    const Chart = chartJs();
    live.add(new Chart(canvas, { type: made.type, data: made.data, options: made.options }));
  };
  return result;
}

function compact(value) {
  return new Intl.NumberFormat('en', { notation: 'compact' }).format(value);
}
