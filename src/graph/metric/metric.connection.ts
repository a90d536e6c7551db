import { ArgsType, Field, ObjectType } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import { ConnectionType, EdgeType } from "../../common/pagination";
import { Metric } from "./metric.type";

@ObjectType({ description: "A figure in a page of figures." })
export class MetricEdge extends EdgeType<Metric>(() => Metric, "The figure.") {}

@ObjectType({ description: "A page of figures, oldest first." })
export class MetricConnection extends ConnectionType(MetricEdge) {}

@ArgsType()
export class MetricsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Only metrics with this name, e.g. `monthlyActiveUsers`." })
  name?: string | null;
}
