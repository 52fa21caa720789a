import { Fragment, type ReactNode } from 'react';

/** Fills `{name}` placeholders of a dictionary string with elements (links, emphasis). */
export function TemplateText({
  template,
  values,
}: {
  template: string;
  values: Record<string, ReactNode>;
}) {
  const parts = template.split(/\{(\w+)\}/);
  // split() with a capture group alternates text and placeholder names.
  return parts.map((part, index) => (
    <Fragment key={index}>{index % 2 === 1 ? (values[part] ?? `{${part}}`) : part}</Fragment>
  ));
}
