import { COST_CATEGORIES, type CostCategory } from '../../../../shared/domain/cost';
import { seriesColour } from '../../../components/charts/colours';

/** One fixed colour per category (ten categories, ten series colours), so a category looks the same in every period. */
export function categoryColour(category: CostCategory): string {
  return seriesColour(COST_CATEGORIES.indexOf(category));
}
