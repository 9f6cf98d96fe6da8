// @not-applicable browsers: the other realm here is a node:vm context; clone.realms.browser.test.ts uses an iframe
import { runInNewContext } from 'node:vm';
import { describeAnotherRealm } from './test-support/realms.js';

describeAnotherRealm('node:vm', (code) => runInNewContext(code));
