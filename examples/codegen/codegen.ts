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
        // The date scalars travel as ISO-8601 strings. Long (ads money in micro units) is a JSON number, exact in a
        // JS number up to 2^53 micro units (about 9 billion in currency units). Upload is input-only: a File or Blob
        // sent with the GraphQL multipart request spec (docs/frontend/uploads.md). strictScalars fails the build if
        // the schema gains one.
        scalars: { DateTime: 'string', DateOnly: 'string', Long: 'number', Upload: { input: 'Blob', output: 'never' } },
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
