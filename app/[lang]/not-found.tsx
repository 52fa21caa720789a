import { NotFoundMessage } from '@/components/layout/not-found-message';

/** 404 inside a language: the layout has already rendered header and footer in that language. */
export default function NotFound() {
  return <NotFoundMessage />;
}
