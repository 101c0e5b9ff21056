import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every graphql() call under src/, generated from the gateway's exported schema.
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        // Both custom scalars travel as ISO-8601 strings; strictScalars fails the build if the schema gains one.
        scalars: { DateTime: 'string', DateOnly: 'string' },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        persistedDocuments: {
          // The gateway's trusted documents are keyed by SHA-256 (codegen's default is SHA-1).
          hashAlgorithm: 'sha256',
          // Each generated document object holds the operation's hash and types, not its AST: the client has only the hash to send.
          mode: 'replaceDocumentWithHash',
        },
      },
    },
  },
};

export default config;
