package org.directivegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The saved queries that follow {@code dg:implements} down from a directive start from it: the first pattern
 * evaluated is the path with the directive bound. Written after a pattern that lists every plan, ARQ asked the path
 * once per plan in the store (the coverage query took 7 s instead of 0.6 s over the national dataset; see
 * BENCHMARKS.md). The plan is read from the optimised algebra with the parameter substituted, as the query runner
 * does.
 */
class DirectiveFirstPlanTests {

    private static final Node DIRECTIVE = NodeFactory.createURI("https://w3id.org/directivegraph/id/doc/VN/ttg/2019/ct-181");

    @ParameterizedTest
    @ValueSource(strings = {"coverage", "trace-down"})
    void thePathFromTheDirectiveIsEvaluatedFirst(String name) {
        SavedQuery saved = SavedQueries.packaged().find(name).orElseThrow();
        var query = QueryTransformOps.transform(saved.query(), Map.of(Var.alloc("directive"), DIRECTIVE));
        Op op = Algebra.optimize(Algebra.compile(query));
        List<Op> leaves = new ArrayList<>();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpPath path) {
                leaves.add(path);
            }

            @Override
            public void visit(OpBGP bgp) {
                leaves.add(bgp);
            }

            @Override
            public void visit(OpTriple triple) {
                leaves.add(triple);
            }
        });
        assertThat(leaves).as("patterns in evaluation order: " + op).isNotEmpty();
        assertThat(leaves.get(0)).as("the first pattern of " + op).isInstanceOf(OpPath.class);
        OpPath first = (OpPath) leaves.get(0);
        assertThat(first.getTriplePath().getObject()).isEqualTo(DIRECTIVE);
        assertThat(first.getTriplePath().getSubject().isVariable()).isTrue();
    }
}
