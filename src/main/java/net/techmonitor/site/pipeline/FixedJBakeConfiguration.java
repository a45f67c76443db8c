package net.techmonitor.site.pipeline;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

import java.io.File;
import java.util.Map;

/**
 * JBake's configuration for one build, which nothing changes once the build starts. JBake's template engine
 * delegate copies the whole configuration into a new map for every page it renders ({@code asHashMap()}, a
 * hundred-odd keys, walked through the layered configuration); here that map is made once.
 */
final class FixedJBakeConfiguration extends DefaultJBakeConfiguration {
    private volatile Map<String, Object> asMap;

    FixedJBakeConfiguration(File sourceFolder, CompositeConfiguration configuration) {
        super(sourceFolder, configuration);
    }

    @Override
    public Map<String, Object> asHashMap() {
        Map<String, Object> map = asMap;
        if (map == null) {
            map = java.util.Collections.unmodifiableMap(super.asHashMap());
            asMap = map;
        }
        return map;
    }
}
