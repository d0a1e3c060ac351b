package org.mosaiccrm.platform.persistence.internal;

import java.net.URL;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import org.mosaiccrm.platform.persistence.InstantConverter;
import org.mosaiccrm.platform.persistence.PersistenceUnit;

/**
 * A persistence unit described in code instead of a persistence.xml: entities are listed by the
 * module and loaded by the module's class loader, so the factory lives and dies with the module.
 */
final class ModulePersistenceUnitInfo implements PersistenceUnitInfo {

    private final PersistenceUnit unit;
    private final DataSource dataSource;
    private final Properties properties;

    ModulePersistenceUnitInfo(PersistenceUnit unit, DataSource dataSource, Properties properties) {
        this.unit = unit;
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @Override
    public String getPersistenceUnitName() {
        return unit.moduleId();
    }

    @Override
    public String getPersistenceProviderClassName() {
        return org.eclipse.persistence.jpa.PersistenceProvider.class.getName();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    /**
     * The root the module's resources are found under (the bundle, jar or class folder): the
     * changelog's URL minus the changelog's path. EclipseLink names the unit by it and looks there
     * for mapping files.
     */
    @Override
    public URL getPersistenceUnitRootUrl() {
        URL changelog = unit.classLoader().getResource(unit.changelog());
        if (changelog == null) {
            throw new IllegalStateException("Changelog " + unit.changelog() + " not found in module " + unit.moduleId());
        }
        String url = changelog.toString();
        String path = unit.changelog().startsWith("/") ? unit.changelog().substring(1) : unit.changelog();
        if (!url.endsWith(path)) {
            throw new IllegalStateException("Cannot tell the root of " + url);
        }
        try {
            return new URL(url.substring(0, url.length() - path.length()));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<String> getManagedClassNames() {
        List<String> names = new java.util.ArrayList<>(unit.entityClasses().stream().map(Class::getName).toList());
        names.add(InstantConverter.class.getName());
        return names;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        // Several nodes may share the database: no shared cache for mutable data.
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return unit.classLoader();
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // no load-time weaving in OSGi
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return unit.classLoader();
    }
}
