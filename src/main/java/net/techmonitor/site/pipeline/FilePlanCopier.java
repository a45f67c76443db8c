package net.techmonitor.site.pipeline;

import net.techmonitor.site.problems.ProblemCollector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies the {@link FilePlan} into the staging folder after the renderers wrote the pages and site files. A planned
 * file whose output path a renderer already wrote (a {@code content/feed.xml} beside the generated feed) is a problem
 * naming both, never a silent replacement. (Under {@code content.raw-html=safe} the planner has checked every SVG.)
 */
final class FilePlanCopier {
    private static final String STAGE = "files";

    private FilePlanCopier() {
    }

    static void copy(FilePlan plan, Path staging, ProblemCollector problems) throws IOException {
        plan.notCopied().forEach((outputPath, sitePath) -> {
            if (Files.exists(staging.resolve(outputPath))) {
                problems.add(STAGE, sitePath, 0, generatedClash(outputPath));
            }
        });
        for (FilePlan.CopiedFile file : plan.files()) {
            Path target = staging.resolve(file.outputPath());
            if (Files.exists(target)) {
                problems.add(STAGE, file.sitePath(), 0, generatedClash(file.outputPath()));
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.copy(file.source(), target);
        }
    }

    private static String generatedClash(String outputPath) {
        return "would be published as " + outputPath + ", which the generator writes itself (expected one source for each file"
            + " of the site; rename or move this file)";
    }
}
