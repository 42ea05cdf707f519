import { Columns2 } from "lucide-react";
import { Button } from "@/components/ui/button";

type Option = { id: string; label: string };

/**
 * Which two answers sit side by side, when there are three or more: two
 * native selects (the phone's own picker, big and familiar) and a button.
 * A plain GET form, so it works before any JavaScript and the choice is
 * in the address (?a=…&b=…) to come back to.
 */
function AnswerSelect(props: { id: string; name: string; label: string; value: string; options: Option[] }) {
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
      <label htmlFor={props.id} className="font-medium">
        {props.label}
      </label>
      <select
        id={props.id}
        name={props.name}
        defaultValue={props.value}
        className="min-h-11 w-full rounded-md border border-border-strong bg-surface px-3 py-2 text-base text-ink"
      >
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ComparePicker({ options, a, b }: { options: Option[]; a: string; b: string }) {
  return (
    <form
      method="get"
      action="#answers"
      className="no-print flex flex-col gap-3 rounded-card border border-border bg-surface-muted p-4 sm:flex-row sm:items-end"
    >
      <AnswerSelect id="compare-a" name="a" label="Compare" value={a} options={options} />
      <AnswerSelect id="compare-b" name="b" label="with" value={b} options={options} />
      <Button type="submit" variant="secondary">
        <Columns2 aria-hidden="true" />
        Show side by side
      </Button>
    </form>
  );
}
