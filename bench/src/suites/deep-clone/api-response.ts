/**
 * The "API response" payload of issue #19: the body of a REST list endpoint, 500 user records with
 * nested objects, arrays of strings and numbers, nulls and ISO date strings, as `JSON.parse` returns
 * it (the most common input a clone sees). Generated from a fixed seed, so every build and every
 * child process gets the same text.
 */

export const apiRecordCount = 500;

/** mulberry32: a tiny seeded generator, enough for varied but reproducible data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Radia', 'Tim'];
const lastNames = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson'];
const cities = [
  { city: 'Lisbon', region: 'Lisboa', country: 'PT', lat: 38.7223, lng: -9.1393 },
  { city: 'Montréal', region: 'QC', country: 'CA', lat: 45.5017, lng: -73.5673 },
  { city: 'Osaka', region: 'Osaka', country: 'JP', lat: 34.6937, lng: 135.5023 },
  { city: 'Nairobi', region: 'Nairobi', country: 'KE', lat: -1.2921, lng: 36.8219 },
  { city: 'Austin', region: 'TX', country: 'US', lat: 30.2672, lng: -97.7431 },
];
const tagWords = ['beta', 'vip', 'newsletter', 'trial', 'churn-risk', 'partner', 'internal', 'mobile'];
const roles = ['admin', 'editor', 'viewer', 'billing'] as const;
const statuses = ['pending', 'paid', 'shipped', 'delivered', 'refunded'] as const;

/** Rounded the way a JSON API sends money and coordinates. */
function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function responseBody(): unknown {
  const random = seededRandom(0x19_2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const integer = (below: number) => Math.floor(random() * below);
  const epoch = Date.UTC(2024, 0, 1);
  const isoDate = (withinDays: number) => new Date(epoch + integer(withinDays * 86_400_000)).toISOString();
  const orNull = <T>(probability: number, make: () => T): T | null =>
    random() < probability ? null : make();

  const data = Array.from({ length: apiRecordCount }, (_, index) => {
    const firstName = pick(firstNames);
    const lastName = pick(lastNames);
    const place = pick(cities);
    const username = `${firstName}.${lastName}${index}`.toLowerCase();
    return {
      id: `usr_${(100_000 + index * 37).toString(36)}`,
      type: 'user',
      username,
      email: `${username}@example.com`,
      name: { first: firstName, last: lastName, display: `${firstName} ${lastName}` },
      role: pick(roles),
      active: random() < 0.85,
      createdAt: isoDate(365),
      updatedAt: isoDate(700),
      lastLoginAt: orNull(0.2, () => isoDate(700)),
      profile: {
        bio: orNull(0.4, () => `${pick(tagWords)} user since ${2010 + integer(14)}`),
        avatarUrl: orNull(0.3, () => `https://cdn.example.com/avatars/${index}.png`),
        locale: pick(['en-US', 'pt-PT', 'fr-CA', 'ja-JP', 'sw-KE']),
        timezone: pick(['Europe/Lisbon', 'America/Toronto', 'Asia/Tokyo', 'Africa/Nairobi']),
      },
      address: {
        line1: `${1 + integer(999)} ${pick(lastNames)} Street`,
        line2: orNull(0.7, () => `Apt ${1 + integer(40)}`),
        city: place.city,
        region: place.region,
        postalCode: String(10_000 + integer(89_999)),
        country: place.country,
        geo: orNull(0.1, () => ({
          lat: round(place.lat + random() / 10, 6),
          lng: round(place.lng + random() / 10, 6),
        })),
      },
      tags: Array.from({ length: integer(5) }, () => pick(tagWords)),
      scores: Array.from({ length: 3 + integer(4) }, () => round(random() * 100, 2)),
      stats: { followers: integer(10_000), following: integer(500), posts: integer(2_000) },
      orders: Array.from({ length: integer(4) }, (_, order) => ({
        id: `ord_${index}_${order}`,
        status: pick(statuses),
        total: round(5 + random() * 495, 2),
        currency: 'EUR',
        placedAt: isoDate(700),
        deliveredAt: orNull(0.5, () => isoDate(720)),
        items: Array.from({ length: 1 + integer(3) }, () => ({
          sku: `SKU-${integer(100_000).toString().padStart(5, '0')}`,
          quantity: 1 + integer(5),
          unitPrice: round(1 + random() * 99, 2),
        })),
      })),
      manager: orNull(0.6, () => ({ id: `usr_${integer(100_000).toString(36)}`, name: pick(firstNames) })),
    };
  });
  return {
    data,
    meta: { page: 3, perPage: apiRecordCount, total: 12_480, requestId: 'req_7f3a9c', cached: false },
    links: {
      self: '/v2/users?page=3',
      next: '/v2/users?page=4',
      prev: '/v2/users?page=2',
      first: '/v2/users?page=1',
    },
    error: null,
  };
}

let text: string | undefined;

/** The response body as it comes over the wire (built once per process). */
export function apiResponseText(): string {
  text ??= JSON.stringify(responseBody());
  return text;
}

/** A fresh `JSON.parse` of the response: what a client holds and clones. */
export function apiResponse(): unknown {
  return JSON.parse(apiResponseText());
}
