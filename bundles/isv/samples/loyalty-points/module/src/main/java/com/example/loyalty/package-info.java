/**
 * Loyalty points: the module's API. Other modules may use it; its version follows semantic
 * versioning (raise the minor version when adding, the major when changing or removing).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package com.example.loyalty;
