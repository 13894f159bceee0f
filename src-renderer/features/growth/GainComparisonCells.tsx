import { ChangeValue, GainValue } from './ChangeCell';

/**
 * Two gains side by side, then their difference and percentage with arrows: the tail of a row in both
 * the period comparison and the campaign effect, which must read alike.
 */
export function GainComparisonCells({
  gains,
  change,
  changePct,
}: {
  gains: [number | null, number | null];
  change: number | null;
  changePct: number | null;
}) {
  return (
    <>
      <td className="number">
        <GainValue value={gains[0]} />
      </td>
      <td className="number">
        <GainValue value={gains[1]} />
      </td>
      <td className="number">
        <ChangeValue value={change} />
      </td>
      <td className="number">
        <ChangeValue value={changePct} percent />
      </td>
    </>
  );
}
