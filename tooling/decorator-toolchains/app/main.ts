import { runChecks } from './money.js';

// Node, Bun and Deno print the checks; a page shows them for the browser test to read.
const report = JSON.stringify(runChecks());
if (typeof document === 'undefined') console.log(report);
else document.querySelector('#report')!.textContent = report;
