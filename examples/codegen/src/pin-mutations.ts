import { graphql, getFragmentData, type FragmentType } from './gql/index.js';

// Every mutation answers refusals as data in `errors` (the MutationError union); one fragment reads them all.
export const MutationErrorFragment = graphql(`
  fragment MutationErrorFields on MutationError {
    __typename
    ... on UserError {
      code
      message
    }
    ... on ValidationError {
      field
    }
    ... on RateLimitedError {
      retryAfter
    }
    ... on IdempotencyKeyError {
      retryAfter
    }
  }
`);

export const CreatePinMutation = graphql(`
  mutation CreatePin($input: CreatePinInput!) {
    createPin(input: $input) {
      replayed
      pin {
        ...PinCard
        board {
          id
        }
      }
      errors {
        ...MutationErrorFields
      }
    }
  }
`);

export const UpdatePinMutation = graphql(`
  mutation UpdatePin($input: UpdatePinInput!) {
    updatePin(input: $input) {
      pin {
        ...PinCard
        description
      }
      errors {
        ...MutationErrorFields
      }
    }
  }
`);

export const DeletePinMutation = graphql(`
  mutation DeletePin($input: DeletePinInput!) {
    deletePin(input: $input) {
      deletedPinId
      errors {
        ...MutationErrorFields
      }
    }
  }
`);

export interface MutationProblem {
  type: string;
  code: string;
  message: string;
  /** The input field at fault (ValidationError only). */
  field: string | null;
  /** Seconds to wait before retrying (RateLimitedError, IdempotencyKeyError). */
  retryAfter: number | null;
}

export function mutationProblems(errors: ReadonlyArray<FragmentType<typeof MutationErrorFragment>>): MutationProblem[] {
  return errors.map((masked) => {
    const error = getFragmentData(MutationErrorFragment, masked);
    return {
      type: error.__typename,
      code: error.code,
      message: error.message,
      field: error.__typename === 'ValidationError' ? (error.field ?? null) : null,
      retryAfter: error.__typename === 'RateLimitedError' || error.__typename === 'IdempotencyKeyError' ? (error.retryAfter ?? null) : null,
    };
  });
}
