/**
 * The content model (./model.ts) written out in Contentful's own terms: the field, content type and
 * editor interface JSON that the Content Management API, contentful-migration and contentful-import
 * all speak. Pure functions with no I/O, so the migrations (contentful/migrations/) and the export
 * for contentful-import (scripts/content-export.ts) produce exactly the same definitions.
 */
import type { ContentTypeId, ContentTypeSpec, FieldKind, FieldSpec } from './model';

export type ContentfulFieldType =
  | 'Symbol'
  | 'Text'
  | 'Integer'
  | 'Number'
  | 'Boolean'
  | 'Date'
  | 'Location'
  | 'Object'
  | 'Link'
  | 'Array';

/** One Contentful field validation; each object carries exactly one rule. */
export type FieldValidation =
  | { in: (string | number)[] }
  | { range: { min?: number; max?: number } }
  | { regexp: { pattern: string } }
  | { size: { min?: number; max?: number } }
  | { unique: true }
  | { linkContentType: ContentTypeId[] }
  | { linkMimetypeGroup: 'image'[] };

/** The `items` of an Array field. */
export interface ArrayItemsDefinition {
  type: 'Symbol' | 'Link';
  linkType?: 'Entry' | 'Asset';
  validations: FieldValidation[];
}

/** A field as the CMA and contentful-import write it. */
export interface FieldDefinition {
  id: string;
  name: string;
  type: ContentfulFieldType;
  localized: boolean;
  required: boolean;
  validations: FieldValidation[];
  disabled: false;
  omitted: false;
  items?: ArrayItemsDefinition;
  linkType?: 'Entry' | 'Asset';
}

export interface ContentTypeDefinition {
  sys: { id: ContentTypeId; type: 'ContentType' };
  name: string;
  description: string;
  displayField: string;
  fields: FieldDefinition[];
}

/** Contentful's built-in field editors that this model uses. */
export type BuiltinWidgetId =
  | 'singleLine'
  | 'multipleLine'
  | 'markdown'
  | 'slugEditor'
  | 'dropdown'
  | 'checkbox'
  | 'numberEditor'
  | 'boolean'
  | 'datePicker'
  | 'tagEditor'
  | 'locationEditor'
  | 'objectEditor'
  | 'entryLinkEditor'
  | 'entryLinksEditor'
  | 'assetLinkEditor';

// A type alias, not an interface, so it fits the index-signature settings of contentful-migration.
export type WidgetSettings = {
  /** Shown under the field in the entry editor. */
  helpText: string;
  /** datePicker: `dateonly` hides the clock; `timeZ` shows clock and offset. */
  format?: 'dateonly' | 'timeZ';
  ampm?: '24';
  /** boolean: the labels of its two radio buttons. */
  trueLabel?: string;
  falseLabel?: string;
  /** slugEditor: the field the slug is suggested from. */
  trackingFieldId?: string;
};

/** The editor of one field: what `changeFieldControl` sets and an editor interface lists. */
export interface FieldControl {
  fieldId: string;
  widgetId: BuiltinWidgetId;
  widgetNamespace: 'builtin';
  settings: WidgetSettings;
}

export interface EditorInterfaceDefinition {
  sys: {
    id: 'default';
    type: 'EditorInterface';
    contentType: { sys: { id: ContentTypeId; type: 'Link'; linkType: 'ContentType' } };
  };
  controls: FieldControl[];
}

const fieldTypes: Record<FieldKind, ContentfulFieldType> = {
  symbol: 'Symbol',
  text: 'Text',
  integer: 'Integer',
  number: 'Number',
  boolean: 'Boolean',
  date: 'Date',
  datetime: 'Date',
  symbols: 'Array',
  location: 'Location',
  json: 'Object',
  link: 'Link',
  links: 'Array',
  image: 'Link',
  images: 'Array',
  asset: 'Link',
};

// The rules Contentful accepts on each kind of field. A rule on any other kind would be refused by
// the CMA when the migration runs, far from the line in model.ts that caused it: fail here instead.
type Rule = 'oneOf' | 'range' | 'pattern' | 'size' | 'isUnique';
const allowedRules: Record<FieldKind, readonly Rule[]> = {
  symbol: ['oneOf', 'pattern', 'size', 'isUnique'],
  text: ['oneOf', 'pattern', 'size'],
  integer: ['oneOf', 'range', 'isUnique'],
  number: ['oneOf', 'range', 'isUnique'],
  boolean: [],
  date: [],
  datetime: [],
  symbols: ['oneOf', 'pattern', 'size'],
  location: [],
  json: [],
  link: [],
  links: ['size'],
  image: [],
  images: ['size'],
  asset: [],
};

function assertRulesFit(field: FieldSpec): void {
  const used = (['oneOf', 'range', 'pattern', 'size', 'isUnique'] as const).filter(
    (rule) => field[rule] !== undefined && field[rule] !== false,
  );
  const refused = used.filter((rule) => !allowedRules[field.kind].includes(rule));
  if (refused.length > 0) {
    throw new Error(
      `Field ${field.id}: ${refused.join(', ')} cannot apply to a ${field.kind} field in Contentful`,
    );
  }
  const needsTarget = ['link', 'links', 'image', 'images'].includes(field.kind);
  if (needsTarget && !field.linkTo) {
    throw new Error(`Field ${field.id}: a ${field.kind} field needs linkTo`);
  }
}

/** The rules that check one value (a Symbol, or each item of an Array of Symbol). */
function valueValidations(field: FieldSpec): FieldValidation[] {
  const validations: FieldValidation[] = [];
  if (field.oneOf) validations.push({ in: [...field.oneOf] });
  if (field.range) validations.push({ range: { ...field.range } });
  if (field.pattern) validations.push({ regexp: { pattern: field.pattern } });
  if (field.isUnique) validations.push({ unique: true });
  return validations;
}

function linkTarget(field: FieldSpec): ContentTypeId {
  // assertRulesFit has made sure that every link kind names its target.
  return field.kind === 'image' || field.kind === 'images' ? 'image' : field.linkTo!;
}

/** The Contentful field for one field of the model. */
export function toFieldDefinition(field: FieldSpec): FieldDefinition {
  assertRulesFit(field);
  const definition: FieldDefinition = {
    id: field.id,
    name: field.name,
    type: fieldTypes[field.kind],
    localized: field.localized ?? false,
    required: field.required ?? false,
    validations: [],
    disabled: false,
    omitted: false,
  };
  const size: FieldValidation[] = field.size ? [{ size: { ...field.size } }] : [];
  switch (field.kind) {
    case 'symbols':
      // A list's size is checked on the list, its allowed values on each item.
      definition.validations = size;
      definition.items = { type: 'Symbol', validations: valueValidations(field) };
      break;
    case 'link':
    case 'image':
      definition.linkType = 'Entry';
      definition.validations = [{ linkContentType: [linkTarget(field)] }];
      break;
    case 'links':
    case 'images':
      definition.validations = size;
      definition.items = {
        type: 'Link',
        linkType: 'Entry',
        validations: [{ linkContentType: [linkTarget(field)] }],
      };
      break;
    case 'asset':
      definition.linkType = 'Asset';
      definition.validations = [{ linkMimetypeGroup: ['image'] }];
      break;
    default:
      definition.validations = [...valueValidations(field), ...size];
  }
  return definition;
}

/** The Contentful content type for one type of the model. */
export function toContentTypeDefinition(spec: ContentTypeSpec): ContentTypeDefinition {
  return {
    sys: { id: spec.id, type: 'ContentType' },
    name: spec.name,
    description: spec.description,
    displayField: spec.displayField,
    fields: spec.fields.map(toFieldDefinition),
  };
}

// Help texts say "Markdown" where the site renders the text as Markdown; the editor should match.
const mentionsMarkdown = (field: FieldSpec) => /markdown/i.test(field.help);

/**
 * The built-in editor for one field. `spec` is needed for the slug: its editor suggests a slug from
 * the display field, which makes no sense when the slug is itself the display field.
 */
export function toFieldControl(field: FieldSpec, spec: ContentTypeSpec): FieldControl {
  const control = (
    widgetId: BuiltinWidgetId,
    extra: Partial<WidgetSettings> = {},
  ): FieldControl => ({
    fieldId: field.id,
    widgetId,
    widgetNamespace: 'builtin',
    settings: { helpText: field.help, ...extra },
  });
  switch (field.kind) {
    case 'symbol':
      if (field.id === 'slug') {
        return spec.displayField === 'slug'
          ? control('singleLine')
          : control('slugEditor', { trackingFieldId: spec.displayField });
      }
      return control(field.oneOf ? 'dropdown' : 'singleLine');
    case 'text':
      return control(mentionsMarkdown(field) ? 'markdown' : 'multipleLine');
    case 'integer':
    case 'number':
      // A short closed list (the stars: 3, 4, 5) is quicker and safer to pick than to type.
      return control(field.oneOf ? 'dropdown' : 'numberEditor');
    case 'boolean':
      return control('boolean', { trueLabel: 'Có', falseLabel: 'Không' });
    case 'date':
      return control('datePicker', { format: 'dateonly' });
    case 'datetime':
      return control('datePicker', { format: 'timeZ', ampm: '24' });
    case 'symbols':
      return control(field.oneOf ? 'checkbox' : 'tagEditor');
    case 'location':
      return control('locationEditor');
    case 'json':
      return control('objectEditor');
    case 'link':
    case 'image':
      return control('entryLinkEditor');
    case 'links':
    case 'images':
      return control('entryLinksEditor');
    case 'asset':
      return control('assetLinkEditor');
  }
}

/** The editor interface of one content type: an editor and its Vietnamese help for every field. */
export function toEditorInterface(spec: ContentTypeSpec): EditorInterfaceDefinition {
  return {
    sys: {
      id: 'default',
      type: 'EditorInterface',
      contentType: { sys: { id: spec.id, type: 'Link', linkType: 'ContentType' } },
    },
    controls: spec.fields.map((field) => toFieldControl(field, spec)),
  };
}

/**
 * The types in an order where every link target comes before the types that link to it, so each
 * content type is created after the ones its link validations name. The model order is kept
 * otherwise; a cycle (which the model does not have) would throw.
 */
export function inDependencyOrder(model: readonly ContentTypeSpec[]): ContentTypeSpec[] {
  const ordered: ContentTypeSpec[] = [];
  const placed = new Set<ContentTypeId>();
  const visiting = new Set<ContentTypeId>();
  const byId = new Map(model.map((spec) => [spec.id, spec]));
  const visit = (spec: ContentTypeSpec) => {
    if (placed.has(spec.id)) return;
    if (visiting.has(spec.id)) throw new Error(`Content types link in a cycle through ${spec.id}`);
    visiting.add(spec.id);
    for (const field of spec.fields) {
      const target = field.linkTo && field.linkTo !== spec.id ? byId.get(field.linkTo) : undefined;
      if (target) visit(target);
    }
    visiting.delete(spec.id);
    placed.add(spec.id);
    ordered.push(spec);
  };
  model.forEach(visit);
  return ordered;
}
