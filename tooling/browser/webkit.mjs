// WebKitGTK (JavaScriptCore, Safari's engine) through W3C WebDriver: Debian's WebKitWebDriver drives
// its MiniBrowser, which has no headless mode, so it runs on a private Xvfb display started here.
// Plain JavaScript, like index.mjs; WebDriver is spoken with fetch, no client library.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const miniBrowserPaths = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

const installHint =
  'WebKit tests need WebKitGTK’s WebDriver and an X server: apt-get install -y webkit2gtk-driver xvfb xauth';

/**
 * The WebKitWebDriver and MiniBrowser to use (`WEBKIT_WEBDRIVER` / `WEBKIT_MINIBROWSER` override them).
 *
 * @returns {{ driver: string, miniBrowser: string }}
 */
export function findWebKit() {
  const driver = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
  const miniBrowser = process.env.WEBKIT_MINIBROWSER ?? miniBrowserPaths.find((path) => existsSync(path));
  if (!existsSync(driver) || !miniBrowser || !existsSync(miniBrowser)) throw new Error(installHint);
  return { driver, miniBrowser };
}

/** @returns {Promise<number>} a TCP port nobody listens on right now */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts Xvfb on a display it picks itself (`-displayfd`), so parallel runs never collide.
 *
 * @returns {Promise<{ display: string, stop(): void }>}
 */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let announced = '';
    xvfb.once('error', (error) => reject(new Error(`${installHint}\n(${error.message})`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before announcing a display`)));
    xvfb.stdio[3]?.on('data', (chunk) => {
      announced += String(chunk);
      if (announced.includes('\n')) {
        resolve({ display: `:${announced.trim()}`, stop: () => xvfb.kill() });
      }
    });
  });
}

/**
 * @param {string} base
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 * @returns {Promise<any>}
 */
async function webdriver(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = await response.json();
  if (json.value?.error)
    throw new Error(`WebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
  return json.value;
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Runs a serialized function in the page and reports its result or error through WebDriver's callback.
const asyncWrapper = `const done = arguments[arguments.length - 1];
const args = Array.prototype.slice.call(arguments, 0, -1);
Promise.resolve().then(() => (FUNCTION).apply(null, args)).then(
  (value) => done({ ok: true, value }),
  (error) => done({ ok: false, error: String((error && error.stack) || error) }),
);`;

/**
 * Starts MiniBrowser under WebKitWebDriver on a private X display.
 *
 * @returns {Promise<import('./index.mjs').BrowserSession>}
 */
export async function launchWebKit() {
  const { driver: driverPath, miniBrowser } = findWebKit();
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(driverPath, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  const base = `http://127.0.0.1:${port}`;
  const stopAll = () => {
    driver.kill();
    xvfb.stop();
  };
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await webdriver(base, 'GET', '/status');
        break;
      } catch (error) {
        if (attempt > 100) throw error;
        await sleep(100);
      }
    }
    const session = await webdriver(base, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        },
      },
    });
    const path = `/session/${session.sessionId}`;
    await webdriver(base, 'POST', `${path}/timeouts`, { script: 600_000, pageLoad: 300_000 });
    // WebDriver drives one window at a time: every call names the window it is for.
    let current = String(await webdriver(base, 'GET', `${path}/window`));
    /** @param {string} handle */
    const focus = async (handle) => {
      if (handle === current) return;
      await webdriver(base, 'POST', `${path}/window`, { handle });
      current = handle;
    };
    const main = current;
    /**
     * @template T
     * @template {unknown[]} A
     * @param {string} handle
     * @param {((...args: A) => T) | string} fn
     * @param {A} args
     * @returns {Promise<Awaited<T>>}
     */
    const evaluateIn = async (handle, fn, args) => {
      await focus(handle);
      const script = asyncWrapper.replace('FUNCTION', String(fn));
      const result = await webdriver(base, 'POST', `${path}/execute/async`, { script, args });
      if (!result.ok) throw new Error(result.error);
      return /** @type {Awaited<T>} */ (result.value);
    };
    return {
      name: 'webkit',
      version: String(session.capabilities.browserVersion ?? 'unknown'),
      collection: 'pressure',
      async goto(url) {
        await focus(main);
        await webdriver(base, 'POST', `${path}/url`, { url });
      },
      /**
       * @template T
       * @template {unknown[]} A
       * @param {((...args: A) => T) | string} fn
       * @param {A} args
       * @returns {Promise<Awaited<T>>}
       */
      async evaluate(fn, ...args) {
        return evaluateIn(main, fn, args);
      },
      async openTab(url) {
        const { handle } = await webdriver(base, 'POST', `${path}/window/new`, { type: 'window' });
        await focus(handle);
        await webdriver(base, 'POST', `${path}/url`, { url });
        return {
          /**
           * @template T
           * @template {unknown[]} A
           * @param {((...args: A) => T) | string} fn
           * @param {A} args
           * @returns {Promise<Awaited<T>>}
           */
          evaluate: (fn, ...args) => evaluateIn(handle, fn, args),
          // Each tab is a window of its own on the Xvfb display: none is ever in the background.
          bringToFront: () => focus(handle),
          async close() {
            await focus(handle);
            await webdriver(base, 'DELETE', `${path}/window`);
            current = '';
            await focus(main);
          },
        };
      },
      async close() {
        try {
          await webdriver(base, 'DELETE', path);
        } finally {
          stopAll();
        }
      },
    };
  } catch (error) {
    stopAll();
    throw error;
  }
}
