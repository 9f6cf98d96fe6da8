import { runPlainChecks } from './coin.js';

document.querySelector('#report')!.textContent = JSON.stringify(runPlainChecks());
