import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsNumber,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DomainError } from '@app/domain';
import { requestValidationPipe } from './validation.pipe';

class ItemDto {
  @IsString() code!: string;
  @IsNumber() maxScore!: number;
}

class CategoryDto {
  @IsString() code!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ItemDto) items!: ItemDto[];
}

class BodyDto {
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(4, { each: true })
  inspectorIds!: string[];

  @IsArray() @ValidateNested({ each: true }) @Type(() => CategoryDto) categories!: CategoryDto[];
}

async function problemsOf(body: unknown): Promise<unknown> {
  const error = await requestValidationPipe()
    .transform(body, { type: 'body', metatype: BodyDto })
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).details.problems;
}

const item = (maxScore: unknown) => ({ code: 'A-01', maxScore });

describe('requestValidationPipe', () => {
  it('should name the element of a list by its index when an each rule refuses it', async () => {
    expect(await problemsOf({ inspectorIds: ['ab', 'cd', 'toolong', 7], categories: [] })).toEqual([
      { field: 'inspectorIds', message: 'inspectorIds must contain no more than 3 elements' },
      {
        field: 'inspectorIds[2]',
        message: 'each value in inspectorIds must be shorter than or equal to 4 characters',
      },
      {
        field: 'inspectorIds[3]',
        message: 'each value in inspectorIds must be shorter than or equal to 4 characters',
      },
      { field: 'inspectorIds[3]', message: 'each value in inspectorIds must be a string' },
    ]);
  });

  it('should keep rules of the whole list (too few, repeated) on the list itself', async () => {
    expect(await problemsOf({ inspectorIds: ['ab'], categories: [] })).toEqual([
      { field: 'inspectorIds', message: 'inspectorIds must contain at least 2 elements' },
    ]);
    expect(await problemsOf({ inspectorIds: ['ab', 'ab'], categories: [] })).toEqual([
      { field: 'inspectorIds', message: "All inspectorIds's elements must be unique" },
    ]);
  });

  it('should give the full path with indices inside nested lists', async () => {
    const categories = [
      { code: 'A', items: [item(1)] },
      { code: 'B', items: [item(1), item(2), item(3), item(4), item('五')] },
    ];
    expect(await problemsOf({ inspectorIds: ['ab', 'cd'], categories })).toEqual([
      {
        field: 'categories[1].items[4].maxScore',
        message: 'maxScore must be a number conforming to the specified constraints',
      },
    ]);
  });

  it('should name an element of a nested list that is not an object', async () => {
    expect(
      await problemsOf({ inspectorIds: ['ab', 'cd'], categories: [{ code: 'A', items: [] }, 5] }),
    ).toEqual([
      {
        field: 'categories[1]',
        message: 'each value in nested property categories must be either object or array',
      },
    ]);
  });
});
