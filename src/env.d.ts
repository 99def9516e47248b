declare namespace Astro {
  interface ClientDirectives {
    /** Hydrate when visible, with props fetched from the file the build moved them to (src/integrations/islandProps.ts). */
    'client:fetch-props'?: boolean;
  }
}
