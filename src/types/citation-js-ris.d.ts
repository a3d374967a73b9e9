// The RIS plugin ships no types: this declares the one output kzt uses, RIS records as objects of tags.
import '@citation-js/core';

declare module '@citation-js/core' {
  export namespace plugins {
    export namespace output {
      interface Formats {
        ris: (options: {
          format: 'object';
          spec?: 'old' | 'new' | 'mixed';
        }) => Array<Record<string, string | string[]>>;
      }
    }
  }
}
