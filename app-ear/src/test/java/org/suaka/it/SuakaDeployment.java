package org.suaka.it;

import java.io.File;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The deployment every in-container test uses: the EAR this build produced, exactly as shipped.
 */
abstract class SuakaDeployment {

    @Deployment(testable = false)
    static EnterpriseArchive suaka() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("suaka.ear", "target/suaka.ear")));
    }
}
