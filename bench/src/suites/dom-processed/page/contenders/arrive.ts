import 'arrive';
import { registerContender } from '../harness.js';

/** What arrive adds to every element's prototype when it loads. */
interface ArriveElement extends Element {
  arrive: (selector: string, callback: (element: Element) => void) => void;
  unbindArrive: (selector: string, callback: (element: Element) => void) => void;
}

registerContender({
  name: 'arrive',
  start: (root, selector, onInit) => {
    const target = root as ArriveElement;
    const callback = (element: Element) => onInit(element);
    target.arrive(selector, callback);
    return () => target.unbindArrive(selector, callback);
  },
});
