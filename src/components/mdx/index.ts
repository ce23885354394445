// The components instructors may use in lesson MDX, passed to every lesson (no imports needed).
import Callout from './Callout.astro';
import CodeExercise from './CodeExercise.astro';
import CodeRef from './CodeRef.astro';
import Diagram from './Diagram.astro';
import InlineQuiz from './InlineQuiz.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, CodeExercise, CodeRef, Diagram, InlineQuiz, Term };
