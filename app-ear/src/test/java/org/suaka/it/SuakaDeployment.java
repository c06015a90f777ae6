package org.suaka.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The deployment every in-container test uses: the EAR this build produced, exactly as shipped, plus the
 * demo module with the Kupang scenario, started last like in the demo server. A production EAR has no
 * demo module ({@link ProductionEarIT}).
 */
abstract class SuakaDeployment {

    static final String DEMO_MODULE = "demo-module.jar";

    @Deployment(testable = false)
    static EnterpriseArchive suaka() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("suaka.ear", "target/suaka.ear")));
        ear.addAsModule(new File(System.getProperty("suaka.demo.jar", "target/it-modules/" + DEMO_MODULE)), DEMO_MODULE);
        String descriptor = read(ear, "META-INF/application.xml");
        int modulesEnd = descriptor.lastIndexOf("</module>") + "</module>".length();
        ear.delete("META-INF/application.xml");
        ear.addAsManifestResource(new StringAsset(descriptor.substring(0, modulesEnd)
                + "\n  <module>\n    <ejb>" + DEMO_MODULE + "</ejb>\n  </module>" + descriptor.substring(modulesEnd)),
                "application.xml");
        return ear;
    }

    private static String read(EnterpriseArchive ear, String path) {
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
