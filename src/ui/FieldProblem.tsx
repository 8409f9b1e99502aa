// Why what was typed into a field was not saved, announced as an alert and tied to the field by its id.

export function FieldProblem({ id, problem }: { id: string; problem: string | null }) {
  if (!problem) return null;
  return (
    <p id={id} role="alert" className="field-problem">
      {problem}
    </p>
  );
}
