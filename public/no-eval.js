// Runs before the app (a classic script from 'self', allowed by the page's CSP): the CSP forbids
// eval, so zod must not probe for it with Function(''), which would file a CSP violation report.
// zod reads this global when its schemas are built, as the bundle's chunks load, before main.ts.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true })
