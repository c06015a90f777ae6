package org.suaka.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API, version 1.
 */
@ApplicationPath(SuakaApi.ROOT)
@OpenAPIDefinition(info = @Info(title = "Suaka API", version = "1",
        description = "Refugee supervision and official reporting for Rumah Detensi Imigrasi offices"))
public class SuakaApi extends Application {

    /** Where the API lives. */
    public static final String ROOT = "/api/v1";
}
