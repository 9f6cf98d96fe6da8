import { describeAnotherRealm } from './test-support/realms.js';

describeAnotherRealm('an iframe', (code) => {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const realm = frame.contentWindow as unknown as { eval(code: string): unknown };
  return realm.eval(code);
});
