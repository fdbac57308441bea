package io.lexroute.gateway;

import io.lexroute.gateway.persistence.DataPackageEntity;
import java.nio.file.Path;

/** A package checked against its recorded SHA-256 and ready to be sent. */
public record PackageDownload(DataPackageEntity metadata, Path file) {
}
