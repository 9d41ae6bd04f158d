import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@app/domain';

/** The optional Idempotency-Key header, checked; a retry with the same key returns the first result. */
export const IdempotencyKey = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined => {
    const value = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>()
      .headers['idempotency-key'];
    if (value === undefined) return undefined;
    if (!/^[A-Za-z0-9_:.-]{8,100}$/.test(value)) {
      throw new DomainError(
        DomainErrorCode.INVALID_REQUEST,
        'Idempotency-Key must be 8 to 100 letters, digits or _ : . -',
        {
          problems: [{ field: 'Idempotency-Key', message: 'expected 8 to 100 of A-Z a-z 0-9 _ : . -' }],
        },
      );
    }
    return value;
  },
);
