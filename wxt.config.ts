import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Public half of an RSA key generated once with node:crypto (the private half was discarded: it
 * is only needed to sign a .crx). Chrome derives the extension id from it, so an unpacked build
 * always gets the id mgfidhkjpngabanekpjmonfodllnbamk and tests can rely on it.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAkZ2icFTaDnX73isu5yphzqbMrIDkALndRivAoTHSXod28pdIj+WFvx3fkBHB1BZSt/WjPW4+rnnJDFoNfWAj2BoGFt8Ncg61jJTs7YacXs8cG4uvWwrot8aluSz+ACioaLw23hpQOQQiNWwU+cvBTekHQK382jTtW/xAFVFwneHcOT5qhVRelN1tml4b5TU2vtetgTi0ztsNFcwb/ersHuJpPh6fIrfHDUYXRcXKqYOqV7M2p/Upmpvy+lRC4JxPMmudqqrQWh01Jv0rGhfrmwSOCEpGT8TSDmQCWLuezXXxdok99h4CakGDuX24Di0A5mm+vtbsbnZi8HyjFa8QVQIDAQAB';

/**
 * zod 4 ships comments with `@__PURE__` in places Rollup cannot use, and Rollup prints each one
 * (it drops them; the bundle is unaffected). @preact/preset-vite installs its own `onwarn`, which
 * replaces one set in the config, so this filter wraps whatever handler is in place last.
 */
function quietZodAnnotations(): Plugin {
  return {
    name: 'postbridge:quiet-zod-annotations',
    enforce: 'post',
    config(config) {
      const previous = config.build?.rollupOptions?.onwarn;
      return {
        build: {
          rollupOptions: {
            onwarn(warning, warn) {
              if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
              if (previous) previous(warning, warn);
              else warn(warning);
            },
          },
        },
      };
    },
  };
}

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // POSTBRIDGE_SOURCEMAP=1 adds source maps, to see which module a chunk's bytes come from.
  vite: () => ({
    plugins: [preact(), quietZodAnnotations()],
    build: {
      sourcemap: process.env.POSTBRIDGE_SOURCEMAP === '1',
      // Every chunk is a file inside the extension, read from disk: preloading lazy parts buys
      // nothing, and Vite's preload helper would ride along in every page that loads one.
      modulePreload: false,
    },
  }),
  zip: {
    // The sources zip is for Firefox add-on review: what `npm ci && npm run build` needs, no tests
    // or generated files.
    excludeSources: ['test/**', 'dist/**', 'bench/**', '.ci/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Postbridge',
    description:
      'Connects Affise offers with Adjust links: reads the offer, builds correctly encoded callbacks and fills Adjust’s Encoding tool.',
    permissions: ['storage', 'activeTab', 'scripting'],
    // The Affise reader's background fetches api-<network>.affise.com (the API fallback) and reads
    // the address of Affise tabs; the content script already runs on these hosts. Adjust's hosts
    // (where the filler's content script already runs): "Fill in Adjust" finds an open Encoding
    // tool tab by its address, the popup tells that page from others (content-script matches alone
    // do not reveal tab addresses), and "Show me where it is" and the options page's Re-teach
    // inject the pick mode there without a click on the toolbar button.
    host_permissions: ['*://*.affise.com/*', 'https://*.adjust.com/*'],
    // Custom Affise admin domains and the Affise API host are only known at run time; the options
    // page requests exactly those origins when the user adds them.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Managed setup for companies that deploy Postbridge by policy (admin domains, taught fields;
    // utils/managed-setup.ts). Firefox has no managed_schema key: it reads the same keys from the
    // add-on's "3rdparty" policy (README, "Managed setup").
    ...(browser === 'chrome'
      ? { key: CHROME_PUBLIC_KEY, storage: { managed_schema: 'managed-schema.json' } }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'postbridge@postbridge.dev',
              // 140 is the first desktop release that understands data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learnt data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
